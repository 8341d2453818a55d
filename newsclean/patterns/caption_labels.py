"""Labels a flattened page prints on their own line above a photo's caption, by language.

``MEDIA_LABELS`` name the picture ("Image:", "Photo:", "Foto:"): the line after one is its
caption only when it does not read as an article paragraph. Each ends with a colon, and
so must the line: a bare "Photo" or "VIDEO" is a widget's button, not a label. The
explicit caption labels ("Image caption", "Bildunterschrift:") are ``CAPTION_MARKERS`` in
``credits.py``.
"""

MEDIA_LABELS: dict[str, tuple[str, ...]] = {
    "en": ("Image:", "Photo:", "Picture:", "Pictured:"),
    "de": ("Bild:", "Foto:", "Abbildung:"),
    "fr": ("Image :", "Photo :", "Image:", "Photo:"),
    "es": ("Imagen:", "Foto:", "Fotografía:"),
    "it": ("Immagine:", "Foto:"),
    "pt": ("Imagem:", "Foto:"),
    "nl": ("Afbeelding:", "Foto:", "Beeld:"),
}
