# The API image for docker-compose.yml (which also runs neo4j:5.26-community).
# The embedded Neo4j is not used in the container: NEO4J_URI points at the neo4j service.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
COPY web ./web
COPY schema ./schema
RUN npm ci --no-audit --no-fund

FROM node:20-bookworm-slim
WORKDIR /app
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/web/dist ./web/dist
COPY package.json tsconfig.json ./
COPY schema ./schema
COPY seed ./seed
COPY src ./src
EXPOSE 4000
HEALTHCHECK --interval=10s --timeout=5s --retries=12 CMD node -e "fetch('http://127.0.0.1:4000/health').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
CMD ["node_modules/.bin/tsx", "--max-semi-space-size=64", "src/main.ts"]
