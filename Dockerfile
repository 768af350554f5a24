# The dutygraph API, for docker-compose (runs against the Neo4j service there).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY codegen.ts tsconfig.json ./
COPY schema ./schema
COPY src ./src
COPY scripts ./scripts
COPY seeds ./seeds
RUN npm run codegen --silent
ENV PORT=4000 HOST=0.0.0.0
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:4000/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["npx", "tsx", "scripts/serve.ts"]
