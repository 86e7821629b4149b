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
RUN apt-get update \
 && apt-get install -y --no-install-recommends ffmpeg python3 ca-certificates curl tini \
      chromium fonts-noto-core fonts-farsiweb \
 && curl -fsSL -o /usr/local/bin/yt-dlp https://github.com/yt-dlp/yt-dlp/releases/latest/download/yt-dlp \
 && chmod a+rx /usr/local/bin/yt-dlp \
 && mkdir -p /etc/yt-dlp-plugins \
 && curl -fsSL -o /etc/yt-dlp-plugins/bgutil-ytdlp-pot-provider.zip \
      https://github.com/Brainicism/bgutil-ytdlp-pot-provider/releases/latest/download/bgutil-ytdlp-pot-provider.zip \
 && apt-get purge -y curl && apt-get autoremove -y && rm -rf /var/lib/apt/lists/*
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
CMD ["node", "--max-semi-space-size=1", "--max-old-space-size=128", "--liftoff-only", "--expose-gc", "--no-turbofan", "--no-maglev", "dist/main.js"]
