"""Calls to action and page chrome that a flattened page leaves between paragraphs.

Grouped by concept (newsletter, subscribe, share, follow, cookie, app, comments,
reading time, gallery/player chrome), then by language. Three kinds of entry:

- ``*_LINES``: a line that is exactly one of these (case and decoration ignored) is junk:
  "Share this article", "Kommentare", "閉じる".
- ``*_STARTS``: a short line (see ``newsclean.strippers.prompts.MAX_WORDS``) that *opens*
  with one of these is junk: "Sign up for our daily newsletter ...". Each opening is
  specific enough that an article sentence does not start with it.
- ``PROMPT_SHAPES``: regular expressions for counters and stamps whose words vary:
  "Comments (12)", "5 min read", "Lesezeit: 3 Min.", "Image 1 of 5".
"""

NEWSLETTER_LINES: dict[str, tuple[str, ...]] = {
    "en": ("Newsletter", "Newsletters", "Sign up", "Sign up now", "Subscribe", "Subscribe now",
           "Get our newsletter", "Newsletter sign-up", "Newsletter signup", "Sign up for free"),
    "de": ("Newsletter abonnieren", "Jetzt abonnieren", "Abonnieren", "Zum Newsletter"),
    "fr": ("S'abonner", "S’abonner", "Abonnez-vous", "Inscrivez-vous", "Je m'abonne",
           "Je m’abonne"),
    "es": ("Suscríbete", "Suscribirse", "Suscríbase", "Boletín"),
    "it": ("Iscriviti", "Abbonati", "Iscriviti alla newsletter"),
    "pt": ("Assine", "Assine já", "Inscreva-se", "Assinar"),
    "nl": ("Abonneren", "Schrijf je in", "Aanmelden nieuwsbrief", "Nieuwsbrief"),
    "ko": ("구독", "구독하기", "뉴스레터", "뉴스레터 구독"),
    "ja": ("購読", "購読する", "ニュースレター", "メルマガ登録"),
    "zh": ("订阅", "訂閱", "立即订阅"),
}

NEWSLETTER_STARTS: dict[str, tuple[str, ...]] = {
    "en": ("Sign up for our", "Sign up to our", "Sign up here", "Subscribe to our",
           "Subscribe here",
           "Subscribe for", "Subscribe now", "Get our free", "Get the best of",
           "Get the latest news", "Want more stories like this", "Enter your email",
           "Receive our newsletter", "Don't miss out on", "Get unlimited access",
           "Already a subscriber", "Become a member", "Support our journalism",
           "Support independent journalism", "This content is for subscribers",
           "Let our news meet your inbox", "Want more stories", "Like this story",
           "Like this article", "Enjoyed this article", "Have a tip", "Got a tip",
           "Subscribers only", "Log in to continue reading", "To continue reading",
           "If you enjoyed this article", "If you enjoyed this story", "If you liked this article",
           "If you liked this story", "If you value our journalism"),
    "de": ("Melden Sie sich für", "Abonnieren Sie unseren", "Jetzt Newsletter",
           "Bestellen Sie unseren", "Mit unserem Newsletter", "Hier anmelden",
           "Jetzt weiterlesen mit", "Sie sind bereits Abonnent"),
    "fr": ("Inscrivez-vous à notre", "Abonnez-vous à notre", "Recevez notre newsletter",
           "Pour recevoir notre newsletter", "Cet article est réservé aux abonnés",
           "Déjà abonné", "Vous êtes abonné"),
    "es": ("Suscríbete a nuestro", "Suscríbete al", "Suscríbase a nuestro",
           "Recibe nuestro boletín", "Recibe las noticias", "Apúntate a nuestra",
           "Este contenido es exclusivo para suscriptores", "Ya eres suscriptor"),
    "it": ("Iscriviti alla nostra", "Iscriviti alla newsletter", "Abbonati a",
           "Ricevi la nostra newsletter", "Contenuto riservato agli abbonati"),
    "pt": ("Assine a nossa", "Assine nossa", "Inscreva-se na nossa", "Receba a newsletter",
           "Receba as notícias", "Conteúdo exclusivo para assinantes"),
    "nl": ("Schrijf je in voor", "Meld je aan voor", "Abonneer je op", "Ontvang onze nieuwsbrief"),
    "ko": ("뉴스레터 구독", "구독 신청", "구독하고"),
    "ja": ("ニュースレターを購読", "メールマガジン", "会員登録"),
    "zh": ("订阅我们的", "訂閱我們的", "订阅新闻"),
}

# Openings that are a call to action only with a cue word in the line: "Sign up for The
# Water Coolest to get the free daily newsletter" is one, "Sign up for the vaccine at a
# pharmacy, officials urged." is not.
NEWSLETTER_WEAK_STARTS: dict[str, tuple[str, ...]] = {
    "en": ("Sign up for", "Sign up to", "Subscribe to", "Subscribe for", "Get the latest",
           "Want more", "Get access to"),
}
NEWSLETTER_CUES: tuple[str, ...] = (
    "newsletter", "newsletters", "inbox", "email", "e-mail", "alerts", "digest", "briefing",
    "podcast", "channel", "subscriber", "subscribers", "subscription", "subscriptions",
    "membership", "our", "us",
)

SHARE_LINES: dict[str, tuple[str, ...]] = {
    "en": ("Share", "Share this", "Share this article", "Share this story", "Share article",
           "Share on Facebook", "Share on Twitter", "Share via Email", "Share this page",
           "Share this on WhatsApp", "Sharing is caring!", "Share the story", "Tweet", "Pin",
           "Email", "Print", "Copy link", "Link copied", "Copied", "Save", "Save article",
           "Facebook", "Twitter", "WhatsApp", "LinkedIn", "Pinterest", "Reddit", "Messenger",
           "Like this:", "Like", "Like Loading...", "Share this:", "Gift this article",
           "Facebook Twitter", "Facebook Twitter Email", "Facebook Twitter WhatsApp"),
    "de": ("Teilen", "Artikel teilen", "Drucken", "Merken", "Link kopieren", "Per Mail teilen",
           "Auf Facebook teilen", "Twittern"),
    "fr": ("Partager", "Partager l'article", "Partager l’article", "Partager sur Facebook",
           "Partager sur Twitter", "Imprimer", "Envoyer par e-mail", "Copier le lien"),
    "es": ("Compartir", "Compartir en Facebook", "Compartir en Twitter", "Imprimir",
           "Enviar por correo", "Copiar enlace", "Guardar"),
    "it": ("Condividi", "Condividi su Facebook", "Stampa", "Copia link", "Salva"),
    "pt": ("Compartilhar", "Compartilhe", "Partilhar", "Imprimir", "Copiar link", "Salvar",
           "Whatsapp Facebook Pint Baixar"),
    "nl": ("Delen", "Deel dit artikel", "Printen", "Kopieer link"),
    "ko": ("공유", "공유하기", "기사 공유", "페이스북", "트위터", "카카오톡", "카카오톡 공유",
           "URL 복사", "인쇄", "스크랩", "좋아요", "기사 스크랩"),
    "ja": ("シェア", "ツイート", "シェアする", "印刷", "はてなブックマーク", "LINEで送る",
           "ブックマーク", "いいね"),
    "zh": ("分享", "分享到", "分享到微信", "分享到微博", "打印", "收藏", "点赞"),
}

FOLLOW_STARTS: dict[str, tuple[str, ...]] = {
    "en": ("Follow us on", "Follow us at", "Follow our", "Like us on Facebook", "Follow him on",
           "Follow her on", "Follow them on", "Find us on", "Join us on", "Join our",
           "Connect with us", "Follow the latest", "Follow live updates"),
    "de": ("Folgen Sie uns", "Folge uns", "Besuchen Sie uns auf"),
    "fr": ("Suivez-nous sur", "Suivez-nous", "Rejoignez-nous sur"),
    "es": ("Síguenos en", "Síganos en", "Únete a nuestro"),
    "it": ("Seguici su", "Seguici anche su"),
    "pt": ("Siga-nos", "Siga a gente", "Acompanhe-nos"),
    "nl": ("Volg ons op", "Volg ons via"),
    "ko": ("채널 추가", "카카오톡 채널", "네이버 채널", "팔로우"),
    "ja": ("フォローする", "公式アカウントをフォロー"),
    "zh": ("关注我们", "扫码关注", "点击关注", "關注我們"),
}

FOLLOW_VERBS: dict[str, tuple[str, ...]] = {
    "en": ("follow",),
    "de": ("folgen sie",),
    "fr": ("suivez",),
    "es": ("sigue",),
    "it": ("segui",),
    "pt": ("siga",),
    "nl": ("volg",),
}
"""The verbs that open a ``FOLLOW_SHAPES`` line, as the shapes write them."""


def _verbs(*languages: str) -> str:
    return "(?:" + "|".join(v for language in languages for v in FOLLOW_VERBS[language]) + ")"


# "Follow Newsbeat on Instagram, Facebook and Twitter." (whole line, case ignored).
FOLLOW_SHAPES: tuple[str, ...] = (
    _verbs("en") + r"\s+(?:\S+\s+){1,4}on\s+(?:twitter|facebook|instagram|x|linkedin|youtube"
    r"|tiktok|threads|bluesky)\b.{0,200}",
    _verbs("de", "fr", "es", "it", "pt", "nl") + r"\s+(?:\S+\s+){1,4}(?:auf|sur|en|su|no|op)\s+"
    r"(?:twitter|facebook|instagram|x|linkedin|youtube|tiktok)\b.{0,200}",
)

COOKIE_STARTS: dict[str, tuple[str, ...]] = {
    "en": ("We use cookies", "This site uses cookies", "This website uses cookies",
           "By continuing to use this site", "By using this site, you agree",
           "Accept cookies", "Accept all cookies", "Manage cookies", "Cookie settings",
           "Cookie policy", "We value your privacy"),
    "de": ("Wir verwenden Cookies", "Diese Website verwendet Cookies", "Cookies akzeptieren",
           "Cookie-Einstellungen", "Wir nutzen Cookies"),
    "fr": ("Nous utilisons des cookies", "Ce site utilise des cookies", "Accepter les cookies",
           "Paramètres des cookies", "En poursuivant votre navigation"),
    "es": ("Utilizamos cookies", "Usamos cookies", "Este sitio web utiliza cookies",
           "Aceptar cookies", "Configuración de cookies"),
    "it": ("Utilizziamo i cookie", "Questo sito utilizza cookie", "Questo sito usa cookie",
           "Accetta i cookie"),
    "pt": ("Utilizamos cookies", "Usamos cookies", "Este site utiliza cookies",
           "Este site usa cookies", "Aceitar cookies"),
    "nl": ("Wij gebruiken cookies", "Deze website maakt gebruik van cookies",
           "Cookies accepteren"),
    "ko": ("쿠키를 사용", "이 사이트는 쿠키를"),
    "ja": ("当サイトではクッキー", "このサイトはCookie", "Cookieを使用"),
    "zh": ("本网站使用cookie", "我们使用cookie", "本網站使用cookie"),
}

APP_STARTS: dict[str, tuple[str, ...]] = {
    "en": ("Download our app", "Download the app", "Download the free", "Get the app",
           "Get our app", "Get the free", "Click here to get the",
           "Click here to download", "Available on the App Store", "Get it on Google Play",
           "Listen to this article", "Listen to this story", "Click here for", "Click here to",
           "Click for",
           "Watch the video", "Watch the full video",
           "Watch live", "Read the full story", "Read the full article", "Continue reading",
           "Read more on", "Get push notifications", "Turn on notifications",
           "Get breaking news alerts", "This slideshow requires JavaScript",
           "Your browser does not support", "Please enable JavaScript", "Send us your",
           "Tell us what you think", "Have a news tip", "Got a story",
           "Media playback is unsupported", "Media playback is not supported", "Visit website",
           "Thanks for watching", "Watch the latest", "Listen to the latest",
           "Do you have a story", "Send us a tip"),
    "de": ("Laden Sie unsere App", "Jetzt die App", "Hier geht es zur App", "Zur App",
           "Hier klicken", "Hören Sie diesen Artikel", "Artikel anhören", "Video abspielen"),
    "fr": ("Téléchargez l'application", "Téléchargez l’application", "Téléchargez notre",
           "Cliquez ici", "Écouter cet article", "Regarder la vidéo"),
    "es": ("Descarga la app", "Descarga nuestra", "Descarga la aplicación", "Haz clic aquí",
           "Pincha aquí", "Escucha esta noticia", "Ver vídeo", "Mira el video"),
    "it": ("Scarica l'app", "Scarica l’app", "Scarica la nostra", "Clicca qui",
           "Guarda il video", "Ascolta l'articolo"),
    "pt": ("Baixe o app", "Baixe o aplicativo", "Baixe nosso", "Clique aqui",
           "Ouça este artigo", "Assista ao vídeo"),
    "nl": ("Download de app", "Download onze app", "Klik hier", "Bekijk de video"),
    "ko": ("앱 다운로드", "앱에서 보기", "앱으로 보기", "기사 듣기", "영상 보기",
           "제보하기", "제보는", "기사제보", "기사 제보", "제보 바랍니다", "☞"),
    "ja": ("アプリをダウンロード", "アプリで読む", "動画を見る", "記事を読む"),
    "zh": ("下载客户端", "下载APP", "下载App", "打开APP", "点击查看", "点击下载"),
}

# Taxonomy lines: "Tags: budget, parliament", "Filed under: Politics |".
TAXONOMY_STARTS: dict[str, tuple[str, ...]] = {
    "en": ("Tags:", "Tag:", "Tagged:", "Tagged with", "Filed under:", "Filed Under:", "Topics:",
           "Categories:", "Category:", "Keywords:", "Related Topics:", "Related Roundup:"),
    "de": ("Schlagwörter:", "Schlagworte:", "Themen:", "Stichworte:"),
    "fr": ("Mots-clés :", "Mots-clés:", "Thèmes :", "Tags :"),
    "es": ("Etiquetas:", "Temas:", "Palabras clave:", "Categoría:", "Categorías:"),
    "it": ("Argomenti:", "Tag:", "Parole chiave:", "Categoria:", "Categorie:"),
    "pt": ("Tópicos:", "Tags:", "Palavras-chave:", "Assuntos:", "Categoria:", "Categorias:"),
    "nl": ("Trefwoorden:", "Onderwerpen:"),
    "ko": ("태그:", "#태그", "키워드:"),
    "ja": ("タグ:", "タグ：", "キーワード："),
    "zh": ("标签：", "標籤：", "关键词：", "關鍵詞："),
}

COMMENT_LINES: dict[str, tuple[str, ...]] = {
    "en": ("Comments", "Comment", "Leave a comment", "Leave a Reply", "Add a comment",
           "Post a comment", "View comments", "Show comments", "Hide comments",
           "Join the conversation", "Join the discussion", "Comment on this story",
           "Commenting is closed", "Comments are closed", "Be the first to comment",
           "Reply", "Report", "Reviews", "Add a review", "Tags", "Topics", "Tags:", "Topics:",
           "Load more", "Show more", "Load more comments", "See more", "View more"),
    "de": ("Kommentare", "Kommentar", "Kommentieren", "Kommentar schreiben",
           "Kommentare anzeigen", "Diskutieren Sie mit", "Themen", "Schlagworte"),
    "fr": ("Commentaires", "Commentaire", "Commenter", "Réagir", "Réagissez",
           "Laisser un commentaire", "Voir les commentaires", "Mots-clés"),
    "es": ("Comentarios", "Comentario", "Comentar", "Deja un comentario",
           "Ver comentarios", "Etiquetas", "Temas"),
    "it": ("Commenti", "Commento", "Commenta", "Lascia un commento", "Argomenti"),
    "pt": ("Comentários", "Comentário", "Comentar", "Deixe um comentário",
           "Ver comentários", "Tópicos"),
    "nl": ("Reacties", "Reactie", "Reageer", "Plaats een reactie", "Onderwerpen"),
    "ko": ("댓글", "댓글쓰기", "댓글 쓰기", "댓글 보기", "의견쓰기", "태그"),
    "ja": ("コメント", "コメントする", "コメントを書く", "タグ"),
    "zh": ("评论", "評論", "发表评论", "查看评论", "标签"),
    "ru": ("Отзывы", "Добавить отзыв", "Комментарии", "Оставить комментарий"),
}

CHROME_LINES: dict[str, tuple[str, ...]] = {
    "en": ("close", "Close", "Close modal", "Close window", "Open", "Menu", "Search", "Back",
           "Back to top", "Next", "Previous", "Prev", "Next article", "Previous article",
           "Skip to content", "Skip to main content", "Expand", "Collapse", "Play",
           "Pause", "Mute", "Unmute", "Full screen", "Replay", "Video", "Watch", "Listen",
           "Audio", "Photos", "Gallery", "Photo gallery", "View gallery", "Advert",
           "Now playing", "Up next", "Watch Now", "Live", "Loading...", "Loading video",
           "More", "Read more", "Continue reading", "Show full article", "Show article",
           "Image", "Embed", "Transcript", "Show transcript", "Hide transcript",
           "Image copyright", "Image caption", "Media caption", "Getty Images", "Voltar",
           "Visit Website", "Thanks for watching!", "Advertise with us", "Print this page",
           "Text size", "Learn more", "Submit", "Click To Tweet", "Click to tweet",
           "Tweet this", "Tweet This"),
    "de": ("Schließen", "Weiter", "Zurück", "Nach oben", "Bildergalerie", "Galerie",
           "Video", "Mehr", "Mehr anzeigen", "Weiterlesen", "Vorlesen", "Audio"),
    "fr": ("Fermer", "Suivant", "Précédent", "Retour en haut", "Galerie", "Voir plus",
           "Lire la suite", "Vidéo", "Lire plus"),
    "es": ("Cerrar", "Siguiente", "Anterior", "Volver arriba", "Galería", "Ver más",
           "Leer más", "Vídeo", "Video", "Seguir leyendo"),
    "it": ("Chiudi", "Avanti", "Indietro", "Torna su", "Galleria", "Leggi di più",
           "Continua a leggere"),
    "pt": ("Fechar", "Próximo", "Anterior", "Voltar ao topo", "Galeria", "Ver mais",
           "Continuar lendo", "Continue lendo"),
    "nl": ("Sluiten", "Volgende", "Vorige", "Terug naar boven", "Lees verder", "Meer"),
    "ko": ("닫기", "이전", "다음", "더보기", "맨 위로", "동영상", "사진", "영상"),
    "ja": ("閉じる", "前へ", "次へ", "もっと見る", "続きを読む", "動画", "写真"),
    "zh": ("关闭", "關閉", "上一页", "下一页", "更多", "返回顶部", "视频", "阅读全文"),
}

# Counters and stamps: whole-line regular expressions, matched case-insensitively.
PROMPT_SHAPES: dict[str, tuple[str, ...]] = {
    "any": (
        r"1\s+2\s+3(?:\s+\d{1,3}){0,12}",                      # pager: "1 2 3 4 5"
    ),
    "en": (
        r"(?:comments?|replies|responses|shares?)\s*[(\[:]?\s*[\d,.]+k?\s*[)\]]?",
        r"[\d,.]+k?\s+(?:comments?|replies|shares?|likes?|views?)",
        r"(?:view|show|read|see|load)\s+(?:all\s+)?[\d,.]+\s+comments?",
        r"(?:est(?:imated)?\.?\s+)?(?:reading\s+time|read\s+time)\s*:?\s*\d+\s*(?:min(?:ute)?s?\.?)"
        r"(?:\s+read)?",
        r"\d+\s*(?:-|–)?\s*min(?:ute)?s?\.?\s+read(?:ing)?(?:\s+time)?",
        r"(?:image|photo|picture|slide)\s+\d+\s+(?:of|/)\s+\d+",
        r"\d+\s+(?:photos|images|pictures)",
        r"(?:video|watch|audio|listen)\s*(?:\(\s*)?\d{1,2}:\d{2}(?:\s*\))?",
        r"\d{1,2}:\d{2}",
    ),
    "de": (
        r"kommentare?\s*[(\[:]?\s*\d+\s*[)\]]?", r"\d+\s+kommentare?",
        r"lesezeit\s*:?\s*(?:ca\.\s*)?\d+\s*min(?:uten|\.)?",
        r"(?:ca\.\s*)?\d+\s*min(?:uten|\.)?\s+lesezeit", r"bild\s+\d+\s+von\s+\d+",
    ),
    "fr": (
        r"commentaires?\s*[(\[:]?\s*\d+\s*[)\]]?", r"\d+\s+commentaires?",
        r"temps\s+de\s+lecture\s*:?\s*\d+\s*min(?:utes?|\.)?", r"lecture\s*:?\s*\d+\s*min\.?",
        r"\d+\s*min(?:utes?)?\s+de\s+lecture", r"photo\s+\d+\s+(?:sur|/)\s+\d+",
    ),
    "es": (
        r"comentarios?\s*[(\[:]?\s*\d+\s*[)\]]?", r"\d+\s+comentarios?",
        r"(?:tiempo\s+de\s+)?lectura\s*:?\s*\d+\s*min(?:utos?|\.)?",
        r"\d+\s*min(?:utos?)?\s+de\s+lectura", r"foto\s+\d+\s+de\s+\d+",
    ),
    "it": (
        r"commenti\s*[(\[:]?\s*\d+\s*[)\]]?", r"\d+\s+commenti",
        r"(?:tempo\s+di\s+)?lettura\s*:?\s*\d+\s*min(?:uti|\.)?",
        r"\d+\s*min(?:uti)?\s+di\s+lettura",
    ),
    "pt": (
        r"comentários?\s*[(\[:]?\s*\d+\s*[)\]]?", r"\d+\s+comentários?",
        r"(?:tempo\s+de\s+)?leitura\s*:?\s*\d+\s*min(?:utos?|\.)?",
        r"\d+\s*min(?:utos?)?\s+de\s+leitura",
    ),
    "nl": (
        r"reacties?\s*[(\[:]?\s*\d+\s*[)\]]?", r"\d+\s+reacties?",
        r"leestijd\s*:?\s*\d+\s*min(?:uten|\.)?", r"\d+\s*min(?:uten)?\s+leestijd",
    ),
    "ko": (r"댓글\s*\(?\s*\d+\s*\)?", r"\d+\s*개의\s*댓글", r"읽는\s*시간\s*:?\s*\d+\s*분"),
    "ja": (r"コメント\s*[(（]?\s*\d+\s*[)）]?", r"\d+\s*件のコメント",
           r"(?:この記事は)?約?\d+分で読めます"),
    "zh": (r"评论\s*[(（]?\s*\d+\s*[)）]?", r"\d+\s*条评论",
           r"阅读(?:时间|约)\s*[:：]?\s*\d+\s*分钟"),
}
