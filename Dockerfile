# Build stage: compile and package the runnable jar.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -B -q -ntp dependency:go-offline
COPY src src
RUN mvn -B -q -ntp package -DskipTests

# Runtime stage: a JRE 17, a non-root user, the database on a volume, tokens from the environment.
FROM eclipse-temurin:17-jre
RUN groupadd --system coach && useradd --system --gid coach --uid 10001 --home /app coach
WORKDIR /app
COPY --from=build /src/target/interview-coach.jar /app/interview-coach.jar
COPY config /app/config
COPY questions /app/questions
RUN mkdir -p /app/data && chown coach:coach /app/data
USER coach
ENV COACH_DB=/app/data/coach.db
# Share pages, /healthz and /metrics: listen on every interface of the container; set COACH_PUBLIC_URL to the
# public address your reverse proxy serves (links default to http://127.0.0.1:8080).
ENV COACH_HTTP=0.0.0.0:8080
EXPOSE 8080
VOLUME ["/app/data"]
# Tokens: docker run -e TELEGRAM_BOT_TOKEN=... -e DISCORD_TOKEN=... (never baked into the image).
ENTRYPOINT ["java", "-jar", "/app/interview-coach.jar"]
CMD ["run"]
