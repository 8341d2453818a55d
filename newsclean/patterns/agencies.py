"""Wire services, as they are written in datelines, closing tags and credits.

``AGENCIES`` maps the name used for ``Article.source`` to the forms that stand for it in
text. Forms are matched case-sensitively: "AP" is the agency, "ap" is not.
"""

AGENCIES: dict[str, tuple[str, ...]] = {
    "AP": ("AP", "Associated Press", "The Associated Press", "美联社", "美聯社"),
    "Reuters": ("Reuters", "REUTERS", "Thomson Reuters", "ロイター", "路透社"),
    "AFP": ("AFP", "Agence France-Presse", "Agence France Presse", "AFP-JIJI", "AFP時事",
            "法新社"),
    "UPI": ("UPI", "United Press International"),
    "Yonhap": ("Yonhap", "Yonhap News Agency", "YONHAP", "연합뉴스", "聯合ニュース", "聯合",
               "韩联社", "韓聯社"),
    "Xinhua": ("Xinhua", "Xinhua News Agency", "XINHUA", "新华社", "新華社", "新華社通信"),
    "Kyodo": ("Kyodo", "Kyodo News", "KYODO", "共同通信", "共同"),
    "Jiji": ("Jiji", "Jiji Press", "時事通信", "時事"),
    "Newsis": ("Newsis", "뉴시스"),
    "News1": ("News1", "News1 Korea", "뉴스1"),
    "China News Service": ("China News Service", "中新社", "中新网", "中新網", "中国新闻社"),
    "dpa": ("dpa", "DPA", "Deutsche Presse-Agentur", "dpa-AFX", "dpa-infocom", "dpa/tmn"),
    "EFE": ("EFE", "Agencia EFE"),
    "ANSA": ("ANSA",),
    "PTI": ("PTI", "Press Trust of India"),
    "IANS": ("IANS",),
    "ANI": ("ANI",),
    "Bernama": ("Bernama", "BERNAMA"),
    "TASS": ("TASS", "ITAR-TASS", "ТАСС"),
    "RIA Novosti": ("RIA Novosti", "RIA"),
    "Interfax": ("Interfax",),
    "Anadolu": ("Anadolu", "Anadolu Agency", "Anadolu Ajansı", "AA"),
    "CNA": ("CNA", "Central News Agency"),
    "Bloomberg": ("Bloomberg",),
    "AAP": ("AAP", "Australian Associated Press"),
    "CP": ("CP", "The Canadian Press", "Canadian Press"),
    "Antara": ("Antara", "ANTARA"),
    "KCNA": ("KCNA", "조선중앙통신"),
    "AGI": ("AGI", "Agenzia Italia"),
    "Lusa": ("Lusa", "LUSA"),
    "Europa Press": ("Europa Press", "EUROPA PRESS"),
    "APA": ("APA",),
    "SDA": ("SDA", "Keystone-SDA", "sda"),
    "Belga": ("Belga", "BELGA", "Agence Belga"),
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
    "Adnkronos": ("Adnkronos",),
}


def agency_forms() -> dict[str, str]:
    """Every written form, mapped to the agency's canonical name.

    >>> agency_forms()["연합뉴스"]
    'Yonhap'
    """
    return {form: name for name, forms in AGENCIES.items() for form in forms}
