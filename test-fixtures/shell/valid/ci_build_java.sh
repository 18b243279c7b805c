#!/usr/bin/env bash
# CI step: build and test a Maven project, collect reports and the artifact for the pipeline.
set -Eeuo pipefail

: "${CI_COMMIT_SHA:=$(git rev-parse HEAD)}"
: "${CI_PIPELINE_ID:=local}"
ARTIFACT_DIR="${ARTIFACT_DIR:-build-artifacts}"
MAVEN_OPTS="${MAVEN_OPTS:-} -Xmx2g -Dorg.slf4j.simpleLogger.log.org.apache.maven.cli.transfer.Slf4jMavenTransferListener=warn"
export MAVEN_OPTS

on_error() {
  local exit_code=$?
  echo "::error::build failed with exit code ${exit_code} at line ${BASH_LINENO[0]}"
  collect_reports || true
  exit "$exit_code"
}
trap on_error ERR

collect_reports() {
  mkdir -p "$ARTIFACT_DIR/reports"
  find . -path '*/target/surefire-reports/*.xml' -exec cp {} "$ARTIFACT_DIR/reports/" \;
  find . -path '*/target/failsafe-reports/*.xml' -exec cp {} "$ARTIFACT_DIR/reports/" \;
}

version=$(mvn -q -DforceStdout help:evaluate -Dexpression=project.version)
short_sha=${CI_COMMIT_SHA:0:8}
if [[ $version == *-SNAPSHOT ]]; then
  build_version="${version%-SNAPSHOT}-${CI_PIPELINE_ID}.${short_sha}"
else
  build_version="$version"
fi
echo "building version ${build_version}"

mvn -B -ntp versions:set -DnewVersion="$build_version" -DgenerateBackupPoms=false
mvn -B -ntp clean verify -Pci

collect_reports
tests=$(grep -ho 'tests="[0-9]*"' "$ARTIFACT_DIR"/reports/*.xml | grep -o '[0-9]*' | paste -sd+ - | bc)
echo "ran ${tests:-0} tests"

jar=$(ls target/*.jar | grep -v -- '-sources.jar$' | head -n 1)
cp "$jar" "$ARTIFACT_DIR/"
sha256sum "$ARTIFACT_DIR/$(basename "$jar")" > "$ARTIFACT_DIR/SHA256SUMS"
echo "artifact: $ARTIFACT_DIR/$(basename "$jar")"
