# The kg API image (docker-compose.yml's `api` service): GraphQL, SPARQL and the explorer on port 8000.

# The explorer's bundle, built with the locked npm dependencies.
FROM node:20-slim AS web
WORKDIR /app/web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN npm run build

FROM python:3.11-slim
ENV PYTHONDONTWRITEBYTECODE=1 PYTHONUNBUFFERED=1 UV_LINK_MODE=copy UV_COMPILE_BYTECODE=1
RUN pip install --no-cache-dir uv
WORKDIR /app
# Dependencies first (a layer that survives code changes), exactly as uv.lock pins them, without dev tools.
COPY pyproject.toml uv.lock README.md ./
RUN uv sync --frozen --no-dev --no-install-project
COPY kg/ kg/
COPY loaders/ loaders/
COPY api/ api/
COPY cli/ cli/
COPY schema/ schema/
COPY samples/ samples/
COPY --from=web /app/web/dist web/dist
RUN uv sync --frozen --no-dev
ENV PATH="/app/.venv/bin:$PATH"
RUN useradd --system --home /var/lib/kg kg && mkdir -p /var/lib/kg && chown kg /var/lib/kg
USER kg
EXPOSE 8000
# The schema is applied at every start (idempotent), then the API serves.
CMD ["sh", "-c", "kg init && exec kg serve --host 0.0.0.0 --port 8000"]
