"""Photo credit forms: the words that introduce a credit, and known picture agencies.

A caption line ends in a credit ("... File Photo by Roger L. Wollenberg/UPI"); a credit
line is only a credit ("Photo: Reuters"). ``CREDIT_INTROS`` come before the name.
``PICTURE_AGENCIES`` are names that are a credit on their own ("Getty Images"); a news
agency is a credit only after a photographer's name ("Kim Hong-Ji/Reuters"), since a
closing "(Yonhap)" is a wire tag, not a credit. ``CAPTION_MARKERS`` are labels that
screen readers or galleries leave around a caption.
"""

CREDIT_INTROS: dict[str, tuple[str, ...]] = {
    "en": ("File Photo by", "File photo by", "Staff Photo by", "Photo by", "Photos by",
           "Photograph by", "Photographs by", "Picture by", "Pictures by", "Image by",
           "Illustration by", "Video by", "Photo courtesy of", "Courtesy of", "Photo:",
           "Photos:", "Photograph:", "Picture:", "Image:", "Illustration:", "Credit:",
           "Photo credit:", "Image credit:", "Picture credit:", "File Photo:", "File photo:",
           "Image source,", "Image source:", "AP Photo/", "REUTERS/", "Reuters/",
           "AFP PHOTO/", "AFP Photo/", "EPA/", "EPA-EFE/", "Image copyright", "Image source",
           "Photo credit", "Photograph", "Source:", "Photo/", "©", "(c)"),
    "de": ("Foto:", "Fotos:", "Bild:", "Bilder:", "Foto von", "Bildquelle:", "Quelle:",
           "Foto: dpa", "Grafik:", "Video:"),
    "fr": ("Photo :", "Crédit :", "Crédit:", "Crédits :", "Photo de", "Illustration :",
           "Crédit photo :", "PHOTO", "Photo:"),
    "es": ("Foto:", "Fotografía:", "Imagen:", "Foto de", "Crédito:", "FOTO:", "Foto/"),
    "it": ("Foto di", "Immagine:", "Foto:", "Credit:"),
    "pt": ("Fotografia:", "Imagem:", "Crédito:", "Foto:", "Foto de"),
    "nl": ("Beeld:", "Afbeelding:", "Foto:"),
    "ko": ("사진=", "사진 =", "사진:", "사진제공=", "그래픽="),
    "ja": ("写真：", "写真:", "撮影：", "撮影:"),
    "zh": ("图片来源：", "圖片來源：", "摄影：", "攝影：", "图：", "圖："),
}

PICTURE_AGENCIES: dict[str, tuple[str, ...]] = {
    "en": ("Getty Images", "AFP via Getty Images", "Bloomberg via Getty Images",
           "Shutterstock", "iStock", "iStockphoto", "Alamy", "Alamy Stock Photo", "EPA",
           "EPA-EFE", "NurPhoto", "Sipa USA", "Zuma Press", "ZUMA Wire", "PA Wire", "PA Images",
           "Rex Features", "Shutterstock/Rex", "Wikimedia Commons", "Unsplash", "Pexels",
           "Corbis", "picture alliance", "picture-alliance", "Imago", "Keystone", "AP Photo",
           "Handout", "Getty", "AFP/Getty Images", "Reuters/Alamy", "dpa-Bildfunk",
           "ANP", "Belga", "Photo12", "SOPA Images", "LightRocket", "Anadolu Agency"),
}

CAPTION_MARKERS: dict[str, tuple[str, ...]] = {
    "en": ("Image caption,", "Image caption:", "Image caption", "Caption:", "Photo caption:",
           "Media caption,", "Media caption", "Video caption,", "Video caption", "Pictured:"),
    "de": ("Bildunterschrift:", "Bildunterschrift,", "Bild vergrößern"),
    "fr": ("Légende :", "Légende:"),
    "es": ("Pie de foto:",),
    "pt": ("Legenda:",),
    "ko": ("사진설명", "▲", "△"),
}

# Trailing marks that only galleries print after a caption ("| License Photo").
GALLERY_TAILS: dict[str, tuple[str, ...]] = {
    "en": ("License Photo", "Enlarge this image", "Enlarge", "View gallery", "Open gallery",
           "Hide caption", "Toggle caption", "Show caption", "Buy Photo", "Buy this photo"),
    "de": ("Vergrößern", "Bild vergrößern"),
    "fr": ("Agrandir",),
    "es": ("Ampliar",),
}

# Words a credit may carry after the agency: "J. Scott Applewhite / AP file".
CREDIT_TAILS: dict[str, tuple[str, ...]] = {
    "en": ("file", "File", "file photo", "File Photo", "pool", "Pool", "handout", "Handout"),
    "de": ("Archiv", "Archivbild", "Archivfoto"),
    "fr": ("archives", "Archives"),
    "es": ("archivo", "Archivo"),
    "it": ("archivio", "Archivio"),
    "pt": ("arquivo", "Arquivo"),
    "nl": ("archief", "Archief"),
}

# Intros of a credit in brackets that may be written in lower case: "(Image: getty )".
# Only picture words: "(Source: company filings)" closes a sentence of the article.
BRACKET_CREDIT_INTROS: dict[str, tuple[str, ...]] = {
    "en": ("Image:", "Photo:", "Picture:", "Pic:", "Photograph:", "Credit:", "Image credit:",
           "Photo credit:", "Picture credit:"),
    "de": ("Foto:", "Bild:", "Bildquelle:"),
    "fr": ("Photo :", "Photo:", "Crédit :", "Crédit photo :"),
    "es": ("Foto:", "Imagen:", "Crédito:"),
    "it": ("Foto:", "Immagine:"),
    "pt": ("Foto:", "Imagem:", "Crédito:"),
    "nl": ("Foto:", "Beeld:"),
}
