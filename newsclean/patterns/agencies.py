"""Wire services, as they are written in datelines, closing tags and credits.

``AGENCIES`` maps the name used for ``Article.source`` to the forms that stand for it in
text. Forms are matched case-sensitively: "AP" is the agency, "ap" is not.
"""

AGENCIES: dict[str, tuple[str, ...]] = {
    "AP": ("AP", "Associated Press", "The Associated Press"),
    "Reuters": ("Reuters", "REUTERS", "Thomson Reuters"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "AFP-JIJI"),
    "UPI": ("UPI", "United Press International"),
    "Yonhap": ("Yonhap", "Yonhap News Agency", "연합뉴스", "聯合ニュース"),
    "Xinhua": ("Xinhua", "Xinhua News Agency", "新华社", "新華社"),
    "Kyodo": ("Kyodo", "Kyodo News", "共同通信", "共同"),
    "Jiji": ("Jiji", "Jiji Press", "時事通信", "時事"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur", "dpa-AFX"),
    "EFE": ("EFE", "Agencia EFE"),
    "ANSA": ("ANSA",),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",),
    "ANI": ("ANI",),
    "Bernama": ("Bernama", "BERNAMA"),
    "TASS": ("TASS", "ITAR-TASS"),
    "RIA Novosti": ("RIA Novosti", "RIA"),
    "Interfax": ("Interfax",),
    "Anadolu": ("Anadolu", "Anadolu Agency", "AA"),
    "CNA": ("CNA", "Central News Agency"),
    "Bloomberg": ("Bloomberg",),
    "AAP": ("AAP", "Australian Associated Press"),
    "CP": ("CP", "The Canadian Press", "Canadian Press"),
    "Antara": ("Antara", "ANTARA"),
    "KCNA": ("KCNA",),
    "Lusa": ("Lusa", "LUSA"),
    "Europa Press": ("Europa Press",),
    "APA": ("APA",),
    "SDA": ("SDA", "Keystone-SDA", "sda"),
    "Belga": ("Belga", "BELGA"),
    "ANP": ("ANP",),
    "NTB": ("NTB",),
    "TT": ("TT",),
    "Ritzau": ("Ritzau",),
    "PAP": ("PAP",),
    "MTI": ("MTI",),
    "CTK": ("CTK", "ČTK"),
    "BTA": ("BTA",),
    "Agerpres": ("Agerpres", "AGERPRES"),
    "HINA": ("HINA", "Hina"),
    "MENA": ("MENA",),
    "WAM": ("WAM",),
    "SPA": ("SPA",),
    "KUNA": ("KUNA",),
    "IRNA": ("IRNA",),
    "Notimex": ("Notimex",),
    "Télam": ("Télam", "Telam"),
    "Agência Brasil": ("Agência Brasil", "Agencia Brasil"),
    "CNN": ("CNN",),
    "BBC": ("BBC",),
    "Sputnik": ("Sputnik",),
    "NNA": ("NNA",),
    "KPL": ("KPL",),
    "VNA": ("VNA",),
    "PNA": ("PNA",),
    "APP": ("APP",),
    "UNB": ("UNB",),
    "BSS": ("BSS",),
    "NAN": ("NAN",),
    "Prensa Latina": ("Prensa Latina", "PL"),
    "AGI": ("AGI",),
    "Adnkronos": ("Adnkronos",),
}


def agency_forms() -> dict[str, str]:
    """Every written form, mapped to the agency's canonical name.

    >>> agency_forms()["연합뉴스"]
    'Yonhap'
    """
    return {form: name for name, forms in AGENCIES.items() for form in forms}
