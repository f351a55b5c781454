# Build stage: compile and package the runnable jar.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q -ntp dependency:go-offline
COPY src src
# The decks are packaged inside the jar (the default when no questions/ folder is beside it).
COPY questions questions
RUN mvn -B -q -ntp package -DskipTests

# Runtime stage: a JRE 17, a non-root user, the database on a volume, tokens from the environment.
FROM eclipse-temurin:17-jre
RUN groupadd --system coach && useradd --system --gid coach --uid 10001 --home /app coach
WORKDIR /app
COPY --from=build /src/target/interview-coach.jar /app/interview-coach.jar
COPY config /app/config
RUN mkdir -p /app/data && chown coach:coach /app/data
USER coach
ENV COACH_DB=/app/data/coach.db
# Share pages, /healthz and /metrics: listen on every interface of the container; set COACH_PUBLIC_URL to the
# public address your reverse proxy serves (links default to http://127.0.0.1:8080).
ENV COACH_HTTP=0.0.0.0:8080
EXPOSE 8080
VOLUME ["/app/data"]
# Healthy when the web server answers /healthz (the JVM check needs no curl in the image).
HEALTHCHECK --interval=30s --timeout=10s --start-period=40s --retries=3 \
  CMD ["java", "-Xmx32m", "-XX:TieredStopAtLevel=1", "-jar", "/app/interview-coach.jar", "healthcheck"]
# Tokens: docker run -e TELEGRAM_BOT_TOKEN=... -e DISCORD_TOKEN=... (never baked into the image).
ENTRYPOINT ["java", "-jar", "/app/interview-coach.jar"]
CMD ["run"]
