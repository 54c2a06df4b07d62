# One image for both processes; docker-compose.yml runs it as `api` and as `worker`.
FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production
COPY package.json package-lock.json ./
# `npm ci`: exactly what package-lock.json pins (it lists every platform's optional packages).
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY . .
USER node
EXPOSE 3000
CMD ["node", "--import", "tsx", "server.ts"]
