import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { DutyGraphError, ErrorCode } from '../../src/errors.js';

/** Where the launcher lives: its pom.xml (dependency copy only), its one Java file, and Maven's output. */
export const LAUNCHER_DIR = path.resolve('tools/neo4j');
const LIB_DIR = path.join(LAUNCHER_DIR, 'target/lib');
const CLASSES_DIR = path.join(LAUNCHER_DIR, 'target/classes');
const SOURCE = path.join(LAUNCHER_DIR, 'Neo4jLauncher.java');
const POM = path.join(LAUNCHER_DIR, 'pom.xml');

/**
 * JVM flags: heap for a 2-core machine shared with the tests, and the flags the official
 * neo4j.conf sets (the --add-opens let Neo4j's page cache and Netty reach NIO internals on
 * Java 17; without them it logs warnings and Netty falls back to slower buffers).
 */
export const JVM_FLAGS = [
  '-Xms256m',
  '-Xmx1g',
  '-XX:+UseG1GC',
  '-XX:-OmitStackTraceInFastThrow',
  '-XX:+UnlockExperimentalVMOptions',
  '-XX:+TrustFinalNonStaticFields',
  '-XX:+DisableExplicitGC',
  '-Djdk.nio.maxCachedBufferSize=1024',
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Djdk.tls.ephemeralDHKeySize=2048',
  '-Djdk.tls.rejectClientInitiatedRenegotiation=true',
  '-Dlog4j2.disable.jmx=true',
  '-Dfile.encoding=UTF-8',
  '--add-opens=java.base/java.nio=ALL-UNNAMED',
  '--add-opens=java.base/java.io=ALL-UNNAMED',
  '--add-opens=java.base/sun.nio.ch=ALL-UNNAMED',
  '--add-opens=java.base/java.lang=ALL-UNNAMED',
];

/**
 * Makes the launcher runnable: Maven copies the Neo4j jars (cached in ~/.m2; again only when
 * pom.xml changed) and javac compiles the launcher against them (again only when it changed).
 * Returns the `java` arguments before the launcher's own options.
 */
export function prepareLauncher(log: (line: string) => void): string[] {
  if (!existsSync(LIB_DIR) || newer(POM, LIB_DIR)) {
    log('neo4j: copying the Neo4j jars with Maven (cached in ~/.m2 after the first run)');
    run('mvn', ['-q', '-B', '-Dstyle.color=never', '-f', POM, 'package'], 'mvn package (tools/neo4j/pom.xml)');
  }
  const classFile = path.join(CLASSES_DIR, 'Neo4jLauncher.class');
  if (!existsSync(classFile) || newer(SOURCE, classFile) || newer(LIB_DIR, classFile)) {
    mkdirSync(CLASSES_DIR, { recursive: true });
    run('javac', ['-encoding', 'UTF-8', '-d', CLASSES_DIR, '-cp', path.join(LIB_DIR, '*'), SOURCE], 'javac Neo4jLauncher.java');
  }
  return [...JVM_FLAGS, '-cp', `${CLASSES_DIR}${path.delimiter}${path.join(LIB_DIR, '*')}`, 'Neo4jLauncher'];
}

function newer(a: string, b: string): boolean {
  return statSync(a).mtimeMs > statSync(b).mtimeMs;
}

function run(command: string, args: string[], what: string): void {
  const result = spawnSync(command, args, { stdio: ['ignore', 'inherit', 'inherit'] });
  if (result.error) {
    throw new DutyGraphError(ErrorCode.BadConfig, `${what}: cannot run ${command} (${result.error.message}); install a JDK 17 and Maven`);
  }
  if (result.status !== 0) throw new DutyGraphError(ErrorCode.BadConfig, `${what} failed (exit ${String(result.status)})`);
}
