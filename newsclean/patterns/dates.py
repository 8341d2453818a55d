"""Words that make up a publication-date line ("Published 5:03 PM ET, Oct. 24, 2016").

A head line made only of these words, numbers and punctuation is a date line.
"""

DATE_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("published", "updated", "posted", "last", "modified", "on", "at", "am", "pm", "a",
           "p", "m",
           "a.m", "p.m", "et", "est", "edt", "pt", "pst", "pdt", "ct", "cst", "cdt", "gmt", "utc",
           "bst", "cet", "cest", "kst", "jst", "ist", "hours", "hour", "minutes", "minute",
           "ago", "days", "day", "yesterday", "today", "first", "created", "date", "time",
           "january", "february", "march", "april", "may", "june", "july", "august",
           "september", "october", "november", "december", "jan", "feb", "mar", "apr", "jun",
           "jul", "aug", "sep", "sept", "oct", "nov", "dec", "monday", "tuesday", "wednesday",
           "thursday", "friday", "saturday", "sunday", "mon", "tue", "tues", "wed", "thu",
           "thur", "thurs", "fri", "sat", "sun", "of", "the", "th", "st", "nd", "rd", "min",
           "read", "mins", "reading", "est", "cst", "mst", "aest", "sgt", "hkt"),
    "de": ("veröffentlicht", "aktualisiert", "am", "um", "uhr", "stand", "januar", "februar",
           "april", "august", "september", "november", "mrz", "okt", "dez", "mez", "mesz",
           "märz", "mai", "juni", "juli", "oktober", "dezember", "montag", "dienstag",
           "mittwoch", "donnerstag", "freitag", "samstag", "sonntag"),
    "fr": ("publié", "mis", "à", "jour", "le", "h", "janvier", "février", "mars", "avril",
           "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre",
           "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"),
    "es": ("publicado", "actualizado", "el", "a", "las", "de", "del", "enero", "febrero",
           "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre",
           "noviembre", "diciembre", "lunes", "martes", "miércoles", "jueves", "viernes",
           "sábado", "domingo", "hs", "h"),
    "it": ("pubblicato", "aggiornato", "il", "alle", "ore", "del", "gennaio", "febbraio",
           "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre",
           "novembre", "dicembre", "lunedì", "martedì", "mercoledì", "giovedì", "venerdì",
           "sabato", "domenica"),
    "pt": ("publicado", "atualizado", "em", "às", "de", "h", "janeiro", "fevereiro", "março",
           "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro",
           "dezembro", "segunda", "terça", "quarta", "quinta", "sexta", "feira", "sábado",
           "domingo"),
    "nl": ("gepubliceerd", "bijgewerkt", "op", "om", "uur", "januari", "februari", "maart",
           "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november",
           "december", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag",
           "zondag"),
    "ko": ("입력", "수정", "등록", "기사입력", "최종수정", "승인", "송고", "송고시간",
           "오전", "오후", "년", "월", "일", "시", "분"),
    "ja": ("更新", "配信", "公開", "年", "月", "日", "時", "分"),
    "zh": ("发布", "發布", "更新", "时间", "時間", "年", "月", "日", "来源"),
}

# A stamp word alone on a line: the label of the date printed below it.
DATE_STAMPS: dict[str, tuple[str, ...]] = {
    "en": ("Published", "Updated", "Posted", "Last updated", "Modified"),
    "de": ("Veröffentlicht", "Aktualisiert", "Stand"),
    "fr": ("Publié", "Mis à jour"),
    "es": ("Publicado", "Actualizado"),
    "it": ("Pubblicato", "Aggiornato"),
    "pt": ("Publicado", "Atualizado"),
    "nl": ("Gepubliceerd", "Bijgewerkt"),
    "ko": ("입력", "수정", "승인"),
    "ja": ("公開", "更新"),
    "zh": ("发布", "更新"),
}

# Time-zone abbreviations printed after a clock ("11:21 pm CST"), as minutes from UTC.
# Ambiguous ones (IST: India, Ireland or Israel) are left out; CST is read as US Central,
# its use in English-language news. "ET"/"CT"/"MT"/"PT" follow US daylight saving time.
ZONE_OFFSETS: dict[str, int] = {
    "EST": -300, "EDT": -240, "CST": -360, "CDT": -300, "MST": -420, "MDT": -360,
    "PST": -480, "PDT": -420, "AKST": -540, "AKDT": -480, "HST": -600, "BST": 60,
    "CET": 60, "CEST": 120, "MEZ": 60, "MESZ": 120, "EET": 120, "EEST": 180, "MSK": 180,
    "JST": 540, "KST": 540, "HKT": 480, "SGT": 480, "AWST": 480, "ACST": 570, "AEST": 600,
    "AEDT": 660, "NZST": 720, "NZDT": 780, "WIB": 420, "PHT": 480, "PKT": 300,
}
# US zones named without the season: standard offset; one hour more in daylight time.
US_ZONES: dict[str, int] = {"ET": -300, "CT": -360, "MT": -420, "PT": -480}
