//! Where the machine's CPU time goes during a measurement, read from `/proc` (Linux counts 100
//! ticks a second): this load generator, the server, the database, and the whole machine, so a
//! figure can say what one request cost and whether something else was running.

use anyhow::Context;

const TICKS_PER_SECOND: f64 = 100.0;

/// CPU ticks (user + system) of a process, from its `/proc/{pid}/stat` line.
pub fn process_ticks(stat: &str) -> Option<f64> {
    let after_name = stat.rsplit_once(") ")?.1;
    let fields: Vec<&str> = after_name.split_whitespace().collect();
    Some(fields.get(11)?.parse::<f64>().ok()? + fields.get(12)?.parse::<f64>().ok()?)
}

fn stat_of(pid: &str) -> Option<String> {
    std::fs::read_to_string(format!("/proc/{pid}/stat")).ok()
}

/// CPU seconds (user + system) a process has used.
pub fn cpu_seconds(pid: u32) -> anyhow::Result<f64> {
    let stat = stat_of(&pid.to_string()).with_context(|| format!("no process {pid}"))?;
    let ticks = process_ticks(&stat).context("bad /proc stat line")?;
    Ok(ticks / TICKS_PER_SECOND)
}

/// CPU seconds of every PostgreSQL process on the machine (the benchmarks run it locally).
pub fn postgres_seconds() -> anyhow::Result<f64> {
    let mut ticks = 0.0;
    for entry in std::fs::read_dir("/proc")?.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .filter(|n| n.bytes().all(|b| b.is_ascii_digit()))
        else {
            continue;
        };
        if let Some(stat) = stat_of(pid) {
            if stat.contains("(postgres)") {
                ticks += process_ticks(&stat).unwrap_or(0.0);
            }
        }
    }
    Ok(ticks / TICKS_PER_SECOND)
}

/// The machine's (busy, total) CPU seconds over every core, from `/proc/stat`; busy is all but
/// idle and I/O wait.
pub fn machine_seconds() -> anyhow::Result<(f64, f64)> {
    let stat = std::fs::read_to_string("/proc/stat")?;
    let line = stat.lines().next().context("empty /proc/stat")?;
    let values: Vec<f64> = line
        .split_whitespace()
        .skip(1)
        .take(8)
        .map(str::parse)
        .collect::<Result<_, _>>()?;
    let total: f64 = values.iter().sum();
    let idle = values.get(3).copied().unwrap_or(0.0) + values.get(4).copied().unwrap_or(0.0);
    Ok(((total - idle) / TICKS_PER_SECOND, total / TICKS_PER_SECOND))
}

/// Resident memory of a process in KiB.
pub fn rss_kib(pid: u32) -> anyhow::Result<f64> {
    let status = std::fs::read_to_string(format!("/proc/{pid}/status"))?;
    let line = status
        .lines()
        .find(|l| l.starts_with("VmRSS:"))
        .context("no VmRSS")?;
    Ok(line
        .split_whitespace()
        .nth(1)
        .context("bad VmRSS")?
        .parse()?)
}

pub fn cores() -> usize {
    std::thread::available_parallelism().map_or(1, |n| n.get())
}

/// CPU seconds used so far (or, after [`CpuSample::since`], over a measurement).
#[derive(Clone, Copy, Default)]
pub struct CpuSample {
    /// This process, the load generator.
    pub generator: f64,
    pub server: f64,
    pub database: f64,
    /// Busy (all but idle and I/O wait) and all seconds over every core.
    pub busy: f64,
    pub total: f64,
}

impl CpuSample {
    /// Now: the server's process (when there is one) and `database` seconds as the caller
    /// counts them ([`postgres_seconds`], or the backends of one database).
    pub fn take(server: Option<u32>, database: f64) -> anyhow::Result<Self> {
        let (busy, total) = machine_seconds()?;
        Ok(Self {
            generator: cpu_seconds(std::process::id())?,
            server: server
                .map(cpu_seconds)
                .transpose()
                .context("cannot read the server's CPU time")?
                .unwrap_or(0.0),
            database,
            busy,
            total,
        })
    }

    pub fn since(&self, before: &CpuSample) -> CpuSample {
        CpuSample {
            generator: self.generator - before.generator,
            server: self.server - before.server,
            database: self.database - before.database,
            busy: self.busy - before.busy,
            total: self.total - before.total,
        }
    }

    pub fn add(&mut self, other: &CpuSample) {
        self.generator += other.generator;
        self.server += other.server;
        self.database += other.database;
        self.busy += other.busy;
        self.total += other.total;
    }

    /// Cores busy on average over the sample.
    pub fn busy_cores(&self) -> f64 {
        cores() as f64 * self.busy / self.total.max(1e-9)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn process_ticks_reads_user_and_system_time_after_the_name() {
        // A name with spaces and a parenthesis, as /proc allows.
        let stat = "42 (my (odd) name) S 1 42 42 0 -1 4194560 100 0 0 0 250 75 0 0 20 0 1";
        assert_eq!(process_ticks(stat), Some(325.0));
        assert_eq!(process_ticks("42 (short) S 1"), None);
    }

    #[test]
    fn a_sample_reads_this_process_and_the_machine() {
        let sample = CpuSample::take(Some(std::process::id()), 0.0).unwrap();
        assert!(sample.total > 0.0 && sample.busy <= sample.total);
        assert!(sample.generator >= 0.0 && sample.server >= sample.generator);
    }
}
