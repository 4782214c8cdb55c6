# syntax=docker/dockerfile:1
# The platform as a container image (ADR 0021, docs/deployment.md):
#   docker build -t tavus-platform .
#   docker run -p 8080:8080 -e SPRING_DATASOURCE_URL=jdbc:postgresql://db:5432/tavus ... tavus-platform
# Stage 1 builds the jar with the Maven wrapper; stage 2 splits it into Spring Boot's layers
# (dependencies change rarely, our classes often, so a rebuild re-ships only the last layer);
# stage 3 runs it on a JRE as an unprivileged user.

FROM eclipse-temurin:25-jdk AS build
WORKDIR /src
# ~/.m2 is a BuildKit cache: later builds download only what changed.
COPY . .
# Tests run in CI (.ci/run), not in the image build; Liquibase's analytics stay off.
RUN --mount=type=cache,target=/root/.m2 LIQUIBASE_ANALYTICS_ENABLED=false \
    ./mvnw -B -ntp -q -pl bootstrap -am package -DskipTests \
 && cp bootstrap/target/tavus-platform.jar /tmp/app.jar

FROM eclipse-temurin:25-jre AS layers
WORKDIR /layers
COPY --from=build /tmp/app.jar app.jar
RUN java -Djarmode=tools -jar app.jar extract --layers --launcher --destination extracted

FROM eclipse-temurin:25-jre
# A fixed, unprivileged user (Kubernetes' runAsNonRoot checks the numeric id).
RUN groupadd --system --gid 10001 tavus \
 && useradd --system --uid 10001 --gid tavus --home-dir /app --shell /usr/sbin/nologin tavus
WORKDIR /app
# One COPY per layer, least often changed first.
COPY --from=layers /layers/extracted/dependencies/ ./
COPY --from=layers /layers/extracted/spring-boot-loader/ ./
COPY --from=layers /layers/extracted/snapshot-dependencies/ ./
COPY --from=layers /layers/extracted/application/ ./
USER 10001:10001
# The container's memory limit sizes the heap; /tmp is the only place written (mount it writable
# when the root file system is read-only). The default H2 file under ./data is for laptops: set
# SPRING_DATASOURCE_URL to PostgreSQL in production.
ENV JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75 -XX:+ExitOnOutOfMemoryError -Djava.io.tmpdir=/tmp" \
    LIQUIBASE_ANALYTICS_ENABLED=false \
    SERVER_PORT=8080
EXPOSE 8080
# No HEALTHCHECK: the JRE image has no HTTP client, and a JVM per check costs more than it tells.
# Kubernetes probes /actuator/health/liveness and /readiness (docs/deploy/deployment.yaml).
ENTRYPOINT ["java", "org.springframework.boot.loader.launch.JarLauncher"]
