# One image for both processes; docker-compose.yml runs it as `api` and as `worker`.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# `npm install`, not `npm ci`: see scripts/bootstrap.sh. Versions still come from the lockfile.
RUN npm install --omit=dev --no-audit --no-fund && npm cache clean --force
COPY . .
USER node
EXPOSE 3000
CMD ["node", "--import", "tsx", "server.ts"]
