//! Latency histograms, closed-loop clients, percentiles as the benchmarks print them, and the
//! ratio against a reference measured in the same process and run (so machine noise affects both).

use std::{
    future::Future,
    pin::Pin,
    sync::Arc,
    time::{Duration, Instant},
};

use hdrhistogram::Histogram;
use rand::{rngs::StdRng, Rng, SeedableRng};

use super::cpu::{postgres_seconds, CpuSample};

/// The longest latency a histogram holds (a minute); longer ones are recorded as a minute.
pub const MAX_LATENCY_MICROS: u64 = 60_000_000;

/// A histogram of latencies in microseconds, 3 significant digits.
pub fn latency_histogram() -> Histogram<u64> {
    // Fixed, valid bounds: construction cannot fail.
    #[allow(clippy::expect_used)]
    Histogram::new_with_bounds(1, MAX_LATENCY_MICROS, 3).expect("valid histogram bounds")
}

/// Records an elapsed time, clamped into the histogram's range.
pub fn record(histogram: &mut Histogram<u64>, elapsed: Duration) {
    histogram.saturating_record((elapsed.as_micros() as u64).clamp(1, MAX_LATENCY_MICROS));
}

/// The latency at quantile `q` in milliseconds.
pub fn quantile_ms(histogram: &Histogram<u64>, q: f64) -> f64 {
    histogram.value_at_quantile(q) as f64 / 1000.0
}

/// `p50 1.2 ms, p95 ..., max ... ms` for the quantiles given (0.5 prints as p50, 0.999 as p99.9).
pub fn percentiles(histogram: &Histogram<u64>, quantiles: &[f64]) -> String {
    let mut parts: Vec<String> = quantiles
        .iter()
        .map(|&q| {
            let percent = (q * 1000.0).round() / 10.0;
            format!("p{percent} {:.1} ms", quantile_ms(histogram, q))
        })
        .collect();
    parts.push(format!("max {:.1} ms", histogram.max() as f64 / 1000.0));
    parts.join(", ")
}

pub fn ms(duration: Duration) -> f64 {
    duration.as_secs_f64() * 1000.0
}

/// `ours / reference`, safe when the reference measured nothing.
pub fn ratio(ours: f64, reference: f64) -> f64 {
    ours / reference.max(1e-9)
}

/// How a target is reported.
pub fn verdict(met: bool) -> &'static str {
    if met {
        "met"
    } else {
        "MISSED"
    }
}

/// One request of a closed-loop client: given the client's number and a fresh random seed, does
/// its work and returns how many items it got (or counted).
pub type Job = Arc<
    dyn Fn(usize, u64) -> Pin<Box<dyn Future<Output = anyhow::Result<u64>> + Send>> + Send + Sync,
>;

/// Makes a [`Job`] from a closure returning a future.
pub fn job<F, Fut>(f: F) -> Job
where
    F: Fn(usize, u64) -> Fut + Send + Sync + 'static,
    Fut: Future<Output = anyhow::Result<u64>> + Send + 'static,
{
    Arc::new(move |client, seed| Box::pin(f(client, seed)))
}

/// What a closed-loop phase measured.
pub struct Stats {
    pub label: String,
    pub latency: Histogram<u64>,
    pub ok: u64,
    pub errors: u64,
    pub first_error: Option<String>,
    /// Items returned (reads) or counted by the job (e.g. reports pooled).
    pub items: u64,
    pub seconds: f64,
    /// Where CPU went, when the phase measured it (the server's process and PostgreSQL's).
    pub cpu: Option<CpuSample>,
}

/// The width of a phase's label in the printed table.
const LABEL: usize = 34;

impl Stats {
    pub fn quantile_ms(&self, q: f64) -> f64 {
        quantile_ms(&self.latency, q)
    }

    /// Successful requests per second.
    pub fn rate(&self) -> f64 {
        self.ok as f64 / self.seconds
    }

    pub fn print(&self) {
        println!(
            "{:<LABEL$} {:>7.0}/s  p50 {:>6.2}  p95 {:>6.2}  p99 {:>6.2}  max {:>7.2} ms  {:>5.1} items  {} errors",
            self.label,
            self.rate(),
            self.quantile_ms(0.5),
            self.quantile_ms(0.95),
            self.quantile_ms(0.99),
            self.latency.max() as f64 / 1000.0,
            self.items as f64 / self.ok.max(1) as f64,
            self.errors
        );
        if let Some(cpu) = &self.cpu {
            let per = |seconds: f64| 1000.0 * seconds / self.ok.max(1) as f64;
            let busy = cpu.busy_cores();
            let other = busy - (cpu.generator + cpu.server + cpu.database) / self.seconds;
            println!(
                "{:<LABEL$} CPU-ms per request: server {:.2}, PostgreSQL {:.2}, load generator {:.2}; \
                 {busy:.2} of {} cores busy (other processes {:.2})",
                "",
                per(cpu.server),
                per(cpu.database),
                per(cpu.generator),
                super::cpu::cores(),
                other.max(0.0)
            );
            if other > 0.15 {
                println!(
                    "{:<LABEL$} WARNING: other processes used {other:.2} cores; figures are not clean",
                    ""
                );
            }
        }
        if let Some(error) = &self.first_error {
            println!("{:<LABEL$} first error: {error}", "");
        }
    }
}

/// The service measured against its reference in the same run: how many times slower it is.
pub fn print_ratio(service: &Stats, reference: &Stats) {
    println!(
        "{:<LABEL$} ratio HTTP / SQL: p50 {:.1}x, p99 {:.1}x, throughput {:.2}x",
        "",
        ratio(service.quantile_ms(0.5), reference.quantile_ms(0.5)),
        ratio(service.quantile_ms(0.99), reference.quantile_ms(0.99)),
        ratio(service.rate(), reference.rate())
    );
}

/// A closed-loop phase: how many clients, for how long, seeded how.
pub struct Phase<'a> {
    pub label: &'a str,
    pub clients: usize,
    pub duration: Duration,
    pub seed: u64,
    /// Measure CPU (this server's process, every PostgreSQL process, the machine) over the phase.
    pub server_pid: Option<u32>,
}

/// `clients` closed-loop clients run `job` back to back for `duration`: each sends its next
/// request when the previous one has answered.
pub async fn run_load(phase: Phase<'_>, job: Job) -> anyhow::Result<Stats> {
    let cpu_sample = || -> anyhow::Result<Option<CpuSample>> {
        phase
            .server_pid
            .map(|pid| CpuSample::take(Some(pid), postgres_seconds()?))
            .transpose()
    };
    let cpu_before = cpu_sample()?;
    let started = Instant::now();
    let deadline = started + phase.duration;
    let mut tasks = Vec::new();
    for client in 0..phase.clients {
        let job = job.clone();
        let seed = phase.seed;
        tasks.push(tokio::spawn(async move {
            let mut rng = StdRng::seed_from_u64(
                seed ^ (client as u64 + 1).wrapping_mul(0x9E37_79B9_7F4A_7C15),
            );
            let mut latency = latency_histogram();
            let (mut ok, mut errors, mut items, mut first_error) = (0u64, 0u64, 0u64, None);
            while Instant::now() < deadline {
                let sent = Instant::now();
                match job(client, rng.gen()).await {
                    Ok(n) => {
                        record(&mut latency, sent.elapsed());
                        ok += 1;
                        items += n;
                    }
                    Err(error) => {
                        errors += 1;
                        first_error.get_or_insert_with(|| format!("{error:#}"));
                    }
                }
            }
            (latency, ok, errors, items, first_error)
        }));
    }
    let mut stats = Stats {
        label: phase.label.to_owned(),
        latency: latency_histogram(),
        ok: 0,
        errors: 0,
        first_error: None,
        items: 0,
        seconds: 0.0,
        cpu: None,
    };
    for task in tasks {
        let (latency, ok, errors, items, first_error) = task.await?;
        stats.latency.add(latency)?;
        stats.ok += ok;
        stats.errors += errors;
        stats.items += items;
        if stats.first_error.is_none() {
            stats.first_error = first_error;
        }
    }
    stats.seconds = started.elapsed().as_secs_f64();
    if let (Some(before), Some(after)) = (cpu_before, cpu_sample()?) {
        stats.cpu = Some(after.since(&before));
    }
    Ok(stats)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn percentiles_name_each_quantile_and_the_maximum() {
        let mut histogram = latency_histogram();
        for millis in 1..=100 {
            record(&mut histogram, Duration::from_millis(millis));
        }
        let text = percentiles(&histogram, &[0.5, 0.999]);
        assert!(text.starts_with("p50 50.0 ms, p99.9 100.0 ms"), "{text}");
        assert!(text.ends_with("max 100.0 ms"), "{text}");
    }

    #[tokio::test]
    async fn closed_loop_clients_count_answers_items_and_errors() {
        let stats = run_load(
            Phase {
                label: "test",
                clients: 2,
                duration: Duration::from_millis(50),
                seed: 1,
                server_pid: None,
            },
            job(|client, _| async move {
                tokio::time::sleep(Duration::from_millis(5)).await;
                if client == 0 {
                    Ok(3)
                } else {
                    anyhow::bail!("refused")
                }
            }),
        )
        .await
        .unwrap();
        assert!(stats.ok > 0 && stats.errors > 0);
        assert_eq!(stats.items, 3 * stats.ok);
        assert_eq!(stats.first_error.as_deref(), Some("refused"));
        assert!(stats.cpu.is_none());
    }
}
