/** The machine a benchmark ran on, in words a README can quote. */
import { readFileSync } from 'node:fs';
import os from 'node:os';
import type { WebglInfo } from '../../src/bench/results';

export interface MachineInfo {
  readonly os: string;
  readonly cpu: string;
  readonly cores: number;
  readonly memoryBytes: number;
  readonly node: string;
  readonly chromium: string;
  readonly userAgent: string;
  readonly webgl: WebglInfo & { readonly kind: 'hardware' | 'software' | 'unavailable' };
  /** 1-minute load average before the benchmark and at its end (the end includes the benchmark itself). */
  readonly loadAverage: { readonly start: number; readonly end: number };
}

function distribution(): string {
  try {
    return /^PRETTY_NAME="?([^"\n]*)"?/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? '';
  } catch {
    return '';
  }
}

export function machineInfo(chromium: string, userAgent: string, webgl: WebglInfo, loadAtStart: number): MachineInfo {
  const cpus = os.cpus();
  const distro = distribution();
  return {
    os: `${os.type()} ${os.release()} ${os.arch()}${distro ? ` (${distro})` : ''}`,
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memoryBytes: os.totalmem(),
    node: process.version,
    chromium,
    userAgent,
    webgl: { ...webgl, kind: !webgl.available ? 'unavailable' : webgl.software ? 'software' : 'hardware' },
    loadAverage: { start: loadAtStart, end: os.loadavg()[0] },
  };
}
