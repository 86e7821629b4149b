# Pishtaz on any Docker host (Render included): Node 24 LTS, ffmpeg, a current yt-dlp (the starting
# point: the bot keeps its own release in /data/bin up to date), the bgutil PO-token plugin for it
# (used when YTDLP_POT_PROVIDER_URL is set), Chromium for /pdf with Persian fonts, a non-root user
# and /data as the volume.
FROM node:24-slim AS build
RUN node -e "if (process.versions.node.split('.')[0] !== '24') { console.error('Node 24 expected, got ' + process.version); process.exit(1) }"
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
# The image has Node 24 already: the node-linux-* optional packages are left out of the runtime.
RUN npx tsc -p tsconfig.build.json && npm prune --omit=dev --omit=optional

FROM node:24-slim
# What is downloaded is checked, and the build fails if it does not match: yt-dlp against its
# SHA2-256SUMS, whose signature is checked against the key in assets/; the bgutil plugin against
# BGUTIL_SHA256 (left out, with a line saying so, when no hash is given for BGUTIL_VERSION).
ARG BGUTIL_VERSION=1.2.2
ARG BGUTIL_SHA256=
COPY assets/yt-dlp-release-key.asc /tmp/yt-dlp-key.asc
RUN apt-get update \
 && apt-get install -y --no-install-recommends ffmpeg python3 ca-certificates curl gpg gpg-agent tini \
      chromium fonts-noto-core fonts-farsiweb \
 && cd /tmp && base=https://github.com/yt-dlp/yt-dlp/releases/latest/download \
 && curl -fsSL --remote-name-all "$base/yt-dlp" "$base/SHA2-256SUMS" "$base/SHA2-256SUMS.sig" \
 && export GNUPGHOME=/tmp/gnupg && mkdir -m 700 "$GNUPGHOME" \
 && gpg --batch --import /tmp/yt-dlp-key.asc \
 && gpg --batch --verify SHA2-256SUMS.sig SHA2-256SUMS \
 && grep -E ' \*?yt-dlp$' SHA2-256SUMS | sed 's/\*//' | sha256sum -c - \
 && install -m 755 yt-dlp /usr/local/bin/yt-dlp \
 && mkdir -p /etc/yt-dlp-plugins \
 && if [ -n "$BGUTIL_SHA256" ]; then \
      curl -fsSL -o /etc/yt-dlp-plugins/bgutil-ytdlp-pot-provider.zip \
        "https://github.com/Brainicism/bgutil-ytdlp-pot-provider/releases/download/$BGUTIL_VERSION/bgutil-ytdlp-pot-provider.zip" \
      && echo "$BGUTIL_SHA256  /etc/yt-dlp-plugins/bgutil-ytdlp-pot-provider.zip" | sha256sum -c - ; \
    else echo "BGUTIL_SHA256 not given: the PO-token plugin is left out"; fi \
 && rm -rf /tmp/yt-dlp /tmp/SHA2-256SUMS* /tmp/gnupg /tmp/yt-dlp-key.asc \
 && apt-get purge -y curl gpg gpg-agent && apt-get autoremove -y && rm -rf /var/lib/apt/lists/*
ENV NODE_ENV=production DATA_DIR=/data PORT=8080 HOST=0.0.0.0 CHROMIUM_PATH=/usr/bin/chromium
WORKDIR /app
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY package.json ./
COPY locales ./locales
COPY assets ./assets
RUN mkdir -p /data && chown node:node /data
USER node
VOLUME /data
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+(process.env.PORT||8080)+'/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# tini forwards SIGTERM straight to node (PID 1 would otherwise ignore it); same command as `npm start`.
ENTRYPOINT ["/usr/bin/tini", "--"]
CMD ["node", "--max-semi-space-size=1", "--max-old-space-size=128", "--liftoff-only", "--expose-gc", "--no-turbofan", "--no-maglev", "--wasm-wrapper-tiering-budget=2147483647", "dist/main.js"]
