# diplograph for docker-compose.yml: the explorer built with Node, embedded
# into one static binary by the Go toolchain, shipped (with the sample
# articles) on distroless.
FROM node:20-bookworm-slim AS web
WORKDIR /web
COPY web/package.json web/package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY web/ ./
RUN npm run build

FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
COPY --from=web /web/dist ./web/dist
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /out/diplograph ./cmd/diplograph

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /out/diplograph /usr/local/bin/diplograph
COPY samples /samples
EXPOSE 8080
ENTRYPOINT ["/usr/local/bin/diplograph"]
CMD ["serve"]
