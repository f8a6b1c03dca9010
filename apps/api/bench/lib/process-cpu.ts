// CPU time of the server process and of the whole machine over a run (Linux /proc), so a result says
// where each request's time went: in the server's own process, or elsewhere (PostgreSQL, the load
// generator, the kernel). Throughput alone cannot tell a slow server from a busy machine.
import fs from "node:fs";

/** Linux reports process times in clock ticks of USER_HZ, 100 on every mainstream kernel. */
const TICKS_PER_SECOND = 100;

export interface CpuReading {
  server: number | null;
  machine: number | null;
}

function processSeconds(pid: number): number | null {
  try {
    // Fields after the command name (which may hold spaces, inside parentheses): utime is the 14th field, stime the 15th.
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
    const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

function machineSeconds(): number | null {
  try {
    const cpu = fs.readFileSync("/proc/stat", "utf8").split("\n")[0]!.trim().split(/\s+/).slice(1).map(Number);
    // user nice system idle iowait irq softirq steal: busy = all but idle and iowait
    const [user = 0, nice = 0, system = 0, , , irq = 0, softirq = 0, steal = 0] = cpu;
    return (user + nice + system + irq + softirq + steal) / TICKS_PER_SECOND;
  } catch {
    return null;
  }
}

export function readCpu(serverPid: number | undefined): CpuReading {
  return { server: serverPid ? processSeconds(serverPid) : null, machine: machineSeconds() };
}

/** Milliseconds of CPU per request between two readings (null where not measurable). */
export function cpuPerRequest(before: CpuReading, after: CpuReading, requests: number): { server: number | null; machine: number | null } {
  const per = (a: number | null, b: number | null): number | null => (a === null || b === null || requests === 0 ? null : ((b - a) * 1000) / requests);
  return { server: per(before.server, after.server), machine: per(before.machine, after.machine) };
}
