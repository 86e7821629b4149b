## glossary: link = link
## glossary: file = arquivo
## glossary: queue = fila
## glossary: quality = qualidade
## glossary: album = álbum
## glossary: cookies = cookies

start =
    Olá, { $name }! Eu sou o Pishtaz, um bot de downloads.

    Mande um link e eu devolvo o arquivo:
    • vídeos do YouTube, Instagram, X e de mais de mil outros sites (chegam como vídeos que tocam no app)
    • GIFs (chegam como animações)
    • qualquer link direto para um arquivo (chega como documento)

    Arquivos de até { $limit } são aceitos. /help mostra exemplos.
help =
    Como usar o Pishtaz:
    1. Mande um link, por exemplo:
       https://example.com/file.zip
       https://www.youtube.com/watch?v=…
    2. Acompanhe a mensagem de status; toque em "Cancelar" para parar.
    3. O arquivo chega nesta conversa.

    Palavras depois de um link de vídeo, em qualquer ordem:
       https://example.com/watch 1:20-2:05 720
    • 1:20-2:05 — só esse trecho (ou 1:02:00-1:04:30)
    • audio — o som em m4a com título e capa; video; doc — como documento
    • 360, 480, 720, 1080 — a altura máxima
    • subs — as legendas como arquivos .srt; subs:de — um só idioma; subs:burn — gravadas na imagem

    Comandos:
    /history — seus links recentes
    /settings — idioma, qualidade do vídeo, enviar como vídeo ou documento
    /cancel — cancela seus downloads na fila e em andamento
    /pdf <link> — uma página da web em PDF
hint = Mande um link válido que comece com http:// ou https://, por exemplo: https://example.com/file.pdf
error-generic = Desculpe, algo deu errado. Tente de novo.
banned = Você foi bloqueado neste bot.
cmd-start = Boas-vindas e apresentação
cmd-help = Como usar o bot
cmd-history = Seus links recentes
cmd-settings = Idioma e ajustes de vídeo
cmd-cancel = Cancelar seus downloads
cmd-pdf = Uma página da web em PDF
cmd-admin = Painel de administração
cmd-dashboard = Painel web (link de acesso de uso único)
cmd-ytdlp = Versão e atualização do yt-dlp
cmd-cookies = O conjunto de cookies do yt-dlp
button-cancel = ✖️ Cancelar
cancel-done = Cancelado.
cancel-nothing = Nada para cancelar.
queue-full = Você já tem { $max } links esperando. Aguarde alguns terminarem.
refused-scheme = ❌ Só links http:// e https:// podem ser baixados.
refused-address = ❌ Este link aponta para um endereço de rede privada ou local, que este bot não busca.
status-queued = ⏳ Na fila: posição { $position }
status-starting = ⚙️ Começando…
status-probing = 🔎 Verificando o link…
status-downloading = ⬇️ Baixando…
status-uploading = ⬆️ Enviando para o Telegram…
status-streaming = ⬇️⬆️ Baixando e enviando ao mesmo tempo…
status-both-sides = baixado { $down }% · enviado { $up }%
status-merging = 🎞 Juntando vídeo e áudio…
status-converting = 🎞 Convertendo…
status-splitting = ✂️ Dividindo em partes…
status-rendering = 🖨 Gerando a página…
status-eta = faltam { $eta }
status-paused = ⏸ O bot está reiniciando; seu download continua em instantes.
caption =
    📄 { $name }
    💾 { $size } · 🕒 { $date }
fail-too-large = ❌ Este arquivo tem { $size }, acima do limite deste bot ({ $limit }).
fail-page-too-large = ❌ Esta página se descreve com mais dados do que o bot lê (mais de 8 MB), então ela não foi buscada.
fail-over-upload-limit = ❌ Este arquivo ({ $size }) é maior que { $limit }, o máximo que este servidor consegue enviar pela API de bots do Telegram. Para arquivos maiores, o operador precisa definir API_ID e API_HASH.
fail-http-status = ❌ O site respondeu com o erro { $status }. Veja se o link abre no navegador.
fail-timeout = ❌ O download demorou demais e foi interrompido.
fail-stalled = ❌ O site parou de enviar dados, então o download foi interrompido.
fail-network = ❌ A conexão com o site falhou ou caiu. Tente de novo mais tarde.
fail-redirects = ❌ O link redireciona vezes demais.
fail-guard = ❌ Este link leva a um endereço de rede privada ou local, que este bot não busca.
fail-disk-full = ❌ O servidor está sem espaço para este arquivo agora. Tente de novo mais tarde.
fail-disk-short = ❌ Este arquivo precisa de { $size } livres no servidor, e agora só há { $limit } livres.
fail-cancelled = ✖️ Download cancelado.
fail-telegram-refused = ❌ O Telegram recusou este arquivo.
fail-direct-only = ❌ O Telegram não conseguiu buscar este link sozinho, e este servidor só envia links desse jeito.
fail-unsupported = ❌ Nenhum vídeo ou arquivo foi encontrado neste link.
fail-private = ❌ Este vídeo é privado: só o dono (ou quem ele permitir) pode vê-lo.
fail-geo = ❌ Este vídeo não está disponível na região do servidor.
fail-extractor-broken = ❌ O site mudou e o baixador não conseguiu ler esta página. Uma atualização do baixador foi iniciada; tente de novo em alguns minutos.
fail-rate-limited = ❌ O site está limitando ou bloqueando os pedidos deste servidor agora. Tente de novo daqui a mais ou menos uma hora.
fail-bot-check = ❌ O site pediu para o bot provar que não é um robô ("Sign in to confirm you're not a bot") e o bot não conseguiu passar pela verificação agora. Os administradores foram avisados; tente de novo mais tarde.
fail-removed = ❌ Este vídeo foi removido ou não está mais disponível.
fail-login = ❌ Este site exige uma conta conectada para este link, e as contas do bot não conseguiram abri-lo. Os administradores podem adicionar cookies de um navegador conectado com /cookies.
fail-format = ❌ Nenhum formato deste vídeo cabe no limite de tamanho ({ $limit }).
fail-tool-missing = ❌ Este servidor não consegue processar este tipo de link agora.
fail-video-unavailable = ❌ Sites de vídeo não estão disponíveis neste servidor agora, então esta página não pode ser buscada. Os administradores foram avisados.
fail-interrupted = ❌ Seu download foi interrompido duas vezes por uma reinicialização e foi parado. Mande o link de novo.
fail-internal = ❌ Desculpe, algo deu errado com este download. Tente de novo.
quality-ask = 🎬 { $title }
    Escolha uma qualidade (os tamanhos são estimativas):
question-expired = ⌛ Esta escolha expirou. Mande o link de novo para escolher.
quality-chosen = ✅ Escolhido: { $choice }
quality-audio = 🎵 Só áudio
quality-auto = Automática
quality-ask-label = Perguntar
settings-title =
    ⚙️ Ajustes
    Idioma: { $language }
    Qualidade do vídeo: { $quality }
    Enviar vídeos como: { $sendAs }
settings-as-video = Vídeo
settings-as-document = Documento
settings-saved = Salvo
quality-best = 🎬 A melhor disponível
retention-title = ⚠️ <b>Links prestes a ser apagados</b> — { $user } (id <code>{ $id }</code>)
retention-deletes-at = apagado em { $date }
retention-deleted = 🗑 já apagado (o bot estava fora do ar durante o prazo de aviso)
retention-more = … e mais { $count }
history-empty = Você ainda não mandou nenhum link.
history-title = 🕘 Seus links ({ $total }):
history-deleted-on = sai em { $date }
outcome-pending = ⏳ pendente
outcome-delivered = ✅ entregue
outcome-failed = ❌ falhou
outcome-cancelled = ✖️ cancelado
outcome-refused = ⛔ recusado
quota-links = ⛔ Você pode mandar { $limit } links por hora. Tente de novo em { $wait }.
quota-bytes = ⛔ Você atingiu a cota de downloads de hoje. Tente de novo em { $wait }.
admin-only = ⛔ Este comando é só para os administradores do bot.
admin-title = 🛠 Painel de administração
admin-users = 👥 Usuários
admin-stats = 📊 Estatísticas
stats-chart-title = Links por hora, últimas 24 horas (UTC)
stats-chart-delivered = entregues
stats-chart-failed = com falha
admin-back = « Voltar
admin-users-title = 👥 Usuários ({ $total }), os mais recentes primeiro:
admin-stats-text =
    📊 <b>Estatísticas</b>
    Usuários: { $users } (ativos em 24 h: { $active })
    Links em 24 h: { $jobs }, entregues { $bytes }
    Servido hoje por links de arquivo (UTC): { $served }
    Falhas por motivo: { $failures }
    Falhas em 24 h por site:
    { $sites }
    Fila agora: { $queued } esperando, { $running } em andamento
    No ar há: { $uptime }
admin-usage = Uso: { $usage }
admin-no-links = Nenhum link do usuário { $id }.
admin-check-title = Últimos links do usuário { $id }:
admin-banned = O usuário { $id } foi banido.
admin-unbanned = O usuário { $id } foi desbanido.
admin-unknown-user = Nenhum usuário { $id } usou este bot.
admin-too-long = O texto é longo demais (no máximo 4000 caracteres).
broadcast-started = 📣 Transmissão iniciada. Você recebe um relatório quando ela terminar.
broadcast-busy = Já há uma transmissão em andamento.
broadcast-report = 📣 Transmissão concluída: { $delivered } entregues, { $failed } com falha, { $blocked } bloquearam o bot.
caption-part = 🧩 Parte { $index } de { $count }
pdf-unavailable = 📄 A geração de PDF não está disponível neste servidor.
pdf-usage = Uso: /pdf <link> [letter] [landscape]
pdf-offer = 📄 Esta página não tem vídeo. Quer em PDF?
pdf-button = 📄 PDF
group-help = Neste grupo eu só baixo o que você pedir: mande /dl link, ou responda a uma das minhas mensagens com um link. Ignoro todo o resto aqui. Para mais, fale comigo no privado: @{ $bot }
dl-usage = Mande o link depois do comando: /dl https://example.com/video
cancel-not-yours = Só quem pediu (ou um administrador do grupo) pode cancelar isto.
cmd-dl = Baixar um link (em grupos: /dl link)
status-item = Item { $index } de { $count }
items-ask = Este link tem { $count } itens ({ $size }): { $title }
    Um pedido ocupa no máximo { $cap } no total; itens além disso não são enviados.
    Enviar todos, em álbuns de até 10?
items-all = Enviar os { $count }
items-first = Só os { $count } primeiros
items-none = Cancelar
items-chosen = A caminho.
items-declined = Nada será enviado.
items-failed = De { $count } itens, estes não puderam ser enviados:
items-failed-line = • item { $index }: { $reason }
list-offer = Este vídeo faz parte de uma lista.
list-button = A lista inteira
ytdlp-status =
    🧰 yt-dlp { $version } ({ $source }: { $path })
    Ambiente JavaScript para os desafios do YouTube: { $js }
    Resolvedor de desafios (yt-dlp-ejs): { $solver }
    Última verificação de atualização: { $checked }
    Último resultado: { $result }
    /ytdlp update procura uma versão nova agora.
ytdlp-yes = sim
ytdlp-no = não (este yt-dlp é antigo demais para isso)
ytdlp-updating = ⏳ Procurando uma versão nova do yt-dlp…
ytdlp-installed = ✅ yt-dlp { $version } está instalado e em uso.
ytdlp-current = ✅ yt-dlp { $version } é a versão mais recente.
ytdlp-failed = ❌ O yt-dlp não foi atualizado ({ $reason }: { $message }). Continua em uso: { $version }.
ytdlp-unmanaged = O yt-dlp aqui é { $path }, definido por YTDLP_PATH, então o bot não o substitui.
ytdlp-elsewhere = O yt-dlp e seus cookies ficam nos processos worker, não neste.
cookies-added = 🍪 { $name } entrou no conjunto de cookies, para: { $sites }.
cookies-invalid = ❌ Isso não é um arquivo de cookies. Mande um cookies.txt no formato Netscape (como uma extensão do navegador ou o yt-dlp exporta), de até 1 MB, como documento com a legenda /cookies.
cookies-empty = 🍪 O conjunto de cookies está vazio. Mande um arquivo de cookies como documento com a legenda /cookies.
cookies-title = 🍪 Conjunto de cookies (adicionado · último sucesso · em espera até)
cookies-line = • { $name } ({ $origin }): { $added } · { $success } · { $aside }
cookies-remove = 🗑 { $name }
cookies-removed = Removido do conjunto.
cookies-gone = Esse arquivo não está mais no conjunto.
notice-ytdlp-refused = ⚠️ Uma versão do yt-dlp não foi instalada ou não rodou: { $reason }. O bot continua usando o yt-dlp que tinha (ou o do sistema). Confira YTDLP_RELEASE_URL e a assinatura da versão; /ytdlp mostra a situação.
notice-missing-yt-dlp = ⚠️ O yt-dlp não está disponível: links para páginas de vídeo são recusados com uma mensagem. Instale-o (apt-get install yt-dlp) ou aponte YTDLP_PATH para ele; ou deixe YTDLP_PATH vazio com YTDLP_UPDATE_HOURS acima de 0, e o bot instala a própria versão.
notice-missing-ffmpeg = ⚠️ O ffmpeg ou o ffprobe não está disponível: os vídeos saem sem miniatura, duração ou dimensões, o yt-dlp não consegue juntar vídeo e áudio separados (alguns sites dão menos ou nada) e vídeos acima de 2 GB são divididos em partes brutas em vez de partes que tocam. Instale-o: apt-get install ffmpeg (ou defina FFMPEG_PATH).
notice-missing-gallery-dl = ⚠️ O gallery-dl não está disponível: as imagens de páginas de galeria que o yt-dlp não vê não são buscadas. Instale-o: apt-get install gallery-dl (ou defina GALLERY_DL_PATH).
notice-missing-chromium = ⚠️ O Chromium não está disponível: /pdf responde que está desligado. Instale-o: apt-get install chromium (ou defina CHROMIUM_PATH).
notice-cookies-exhausted = ⚠️ { $site }: os links esbarram em "{ $kind }" (um login ou uma verificação de "não sou um robô") e nenhum arquivo de cookies passou. Exporte os cookies de um navegador conectado a { $site } (cookies.txt do Netscape) e mande o arquivo aqui como documento com a legenda /cookies; /cookies mostra o conjunto.
class-bot-check = verificações antirrobô
class-login = login necessário
class-geo = bloqueios por região
class-private = privado
class-removed = removido
class-format = nenhum formato dentro dos limites
class-rate-limited = limites de pedidos ou bloqueios de IP
class-extractor-broken = falhas do extrator
dashboard-link = 🔐 Seu link de acesso ao painel (vale uma vez, por 10 minutos):
    { $url }
dashboard-open = Abrir o painel
dash-title = Painel do Pishtaz
dash-queue = Fila
dash-queued = esperando
dash-running = em andamento
dash-oldest-wait = maior espera
dash-workers = Workers
dash-worker = processo
dash-jobs-now = tarefas agora
dash-uptime = no ar
dash-none = nenhum
dash-hourly = Tarefas e falhas por hora, últimas 24 horas
dash-delivered = entregues
dash-failed = com falha
dash-failures-by-site = Falhas por site, últimas 24 horas
dash-top-users = Usuários mais ativos
dash-user = usuário
dash-links = links
dash-traffic = Tráfego, últimas 24 horas
dash-links-received = links recebidos
dash-bytes-delivered = entregue
dash-users-total = usuários
dash-users-active = usuários ativos
dash-ytdlp = yt-dlp
dash-version = versão
dash-source = origem
dash-unavailable = indisponível
dash-cookies = Conjunto de cookies
dash-cookie-usable = utilizável
dash-cookie-aside = em descanso após um login ou verificação antirrobô até { $until }
dash-last-success = último sucesso
dash-updated = Atualizado
dash-notice-title = Entre pelo bot
dash-notice = Esta página precisa de um link de acesso. Mande /dashboard para o bot (só administradores); o link enviado vale uma vez, por 10 minutos.
dash-link-used = Este link de acesso já foi usado ou expirou.
dash-signing-in = Entrando…
dashboard-private-only = Mande /dashboard numa conversa privada com o bot: um link de acesso num grupo poderia ser aberto por qualquer pessoa ali.
dash-role = função
filelink-too-large = ⛔ Este arquivo tem { $size }; aqui os links servem arquivos de até { $limit } (o limite da API de bots do Telegram). O operador aumenta isso com API_ID e API_HASH (até 4 GB) ou um servidor local da API de bots (BOT_API_LOCAL).
filelink-too-large-max = ⛔ Este arquivo tem { $size }; o maior arquivo que um link pode servir tem { $limit }.
filelink-per-day = ⛔ Você pode criar { $limit } links de arquivo por dia. Tente de novo mais tarde.
filelink-expires = ⏳ Funciona até { $date } (UTC).
filelink-never-expires = ♾ Funciona até você revogar (/links).
filelink-button-download = ⬇️ Baixar
filelink-button-play = ▶️ Tocar
filelink-reply-to-file = Mande /link em resposta a uma mensagem com um arquivo.
filelinks-empty = Você não tem links de arquivo. Mande um arquivo para ganhar um.
filelinks-title = 🔗 Seus links de arquivo ({ $total }); 🗑 revoga um:
filelink-revoked = Revogado: o link não funciona mais.
filelink-not-yours = Este link não é seu, ou já foi revogado.
filelink-unknown = Este link não existe. Veja se ele foi copiado inteiro.
filelink-gone = Este link não funciona mais: expirou ou foi revogado.
filelink-daily-limit = Este link já serviu a cota diária do dono. Tente amanhã.
filelink-too-many = Downloads demais ao mesmo tempo do seu endereço. Tente quando alguns terminarem.
filelink-download = Baixar ({ $size })
cmd-links = Seus links de arquivo
dash-bytes-served = servido hoje por links de arquivo
words-unknown =
    Não conheço a palavra "{ $word }". Depois de um link você pode escrever, por exemplo:
    { $url } 1:20-2:05 720
    Palavras: um trecho como 1:20-2:05, audio, video, doc, 360, 480, 720, 1080, subs, subs:en, subs:burn. /help explica.
more-ask = Mais desta página:
more-section = ✂️ Um trecho
more-section-how = Mande o link com o trecho que você quer, por exemplo:
    { $url } 0:30-1:15
more-audio = 🎵 Áudio
more-subs = 📝 Legendas
note-burn-too-long = As legendas só são gravadas na imagem em vídeos de até { $minutes } minutos; neste elas vieram como arquivo.
note-codec = Este vídeo só existe em { $codec }, que não toca em todos os celulares (entre eles o iPhone). Vídeos de até { $minutes } minutos são convertidos; este é mais longo. Mande o link com "doc" para recebê-lo como arquivo.
status-burning = 📝 Gravando as legendas na imagem…
settings-subs = Legendas: { $subs }
settings-subs-off = não
settings-subs-on = sim
settings-audio = Áudio como: { $format }
