# The dutygraph API, for docker-compose (runs against the Neo4j service there).
FROM node:20-bookworm-slim
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json ./
COPY schema ./schema
COPY src ./src
COPY scripts ./scripts
COPY seeds ./seeds
# No codegen: src/__generated__ holds types only (imported with `import type`), which tsx strips.
ENV PORT=4000 HOST=0.0.0.0
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=3s --retries=5 CMD node -e "fetch('http://127.0.0.1:4000/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# node runs as PID 1 with its own SIGTERM handler: `docker stop` stops the server cleanly (npx would not pass the signal on).
CMD ["node", "--import", "tsx", "scripts/serve.ts"]
