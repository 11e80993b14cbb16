//! Photos without memory bombs: files of a few hundred bytes that declare enormous images are
//! refused before anything is allocated for them, and decoding is capped so that many hostile
//! uploads at once leave the server's memory bounded and its other requests answered.

use std::{io::Cursor, time::Duration};

use image::{DynamicImage, ImageFormat};

use crate::{
    helpers::{answer, spawn_app, spawn_app_with, Answer, TestApp, TestUser},
    issues::{report, world, HERE},
};

pub(crate) fn encoded(format: ImageFormat) -> Vec<u8> {
    let mut out = Cursor::new(Vec::new());
    DynamicImage::new_rgba8(16, 16)
        .write_to(&mut out, format)
        .unwrap();
    out.into_inner()
}

/// A real 16 × 16 PNG whose header (with a correct checksum) declares `width` × `height`.
fn png_declaring(width: u32, height: u32) -> Vec<u8> {
    let mut png = encoded(ImageFormat::Png);
    // Signature (8), IHDR length (4), then "IHDR" and its 13 bytes, then their CRC.
    png[16..20].copy_from_slice(&width.to_be_bytes());
    png[20..24].copy_from_slice(&height.to_be_bytes());
    let crc = crc32fast::hash(&png[12..29]);
    png[29..33].copy_from_slice(&crc.to_be_bytes());
    png
}

/// A real 16 × 16 JPEG whose frame header declares `width` × `height` (at most 65,535).
fn jpeg_declaring(width: u16, height: u16) -> Vec<u8> {
    let mut jpeg = encoded(ImageFormat::Jpeg);
    let frame = jpeg
        .windows(2)
        .position(|w| w[0] == 0xFF && (w[1] == 0xC0 || w[1] == 0xC2))
        .unwrap();
    // Marker (2), length (2), precision (1), then height and width.
    jpeg[frame + 5..frame + 7].copy_from_slice(&height.to_be_bytes());
    jpeg[frame + 7..frame + 9].copy_from_slice(&width.to_be_bytes());
    jpeg
}

/// A real 16 × 16 lossless WebP whose header declares `width` × `height` (at most 16,384).
fn webp_declaring(width: u32, height: u32) -> Vec<u8> {
    let mut webp = encoded(ImageFormat::WebP);
    let chunk = webp.windows(4).position(|w| w == b"VP8L").unwrap();
    // "VP8L", chunk size (4), signature 0x2f, then 14 bits of width - 1 and 14 of height - 1.
    let at = chunk + 9;
    let bits = u32::from_le_bytes(webp[at..at + 4].try_into().unwrap());
    let bits = (bits & !0x0FFF_FFFF) | (width - 1) | ((height - 1) << 14);
    webp[at..at + 4].copy_from_slice(&bits.to_le_bytes());
    webp
}

async fn upload(app: &TestApp, who: &TestUser, report_id: &str, bytes: Vec<u8>) -> Answer {
    app.raw(
        reqwest::Method::POST,
        &format!("/api/v1/reports/{report_id}/photos"),
        Some(&who.token),
        Some("application/octet-stream"),
        bytes,
    )
    .await
}

/// The most memory this process (the test and the server inside it) has held, in bytes.
fn peak_memory() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmHWM:")).unwrap();
    let kib: u64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    kib * 1024
}

/// A 503 for a busy photo queue: problem+json with a `Retry-After`.
fn assert_busy(answer: Answer) {
    let retry_after = answer
        .headers
        .get("retry-after")
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.parse::<u64>().ok());
    assert!(retry_after.is_some_and(|s| s >= 1), "{:?}", answer.headers);
    answer.expect(503);
}

/// What this process holds now, in bytes.
fn resident_memory() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap();
    let line = status.lines().find(|l| l.starts_with("VmRSS:")).unwrap();
    let kib: u64 = line.split_whitespace().nth(1).unwrap().parse().unwrap();
    kib * 1024
}

#[tokio::test]
async fn thirty_two_simultaneous_full_size_uploads_hold_only_the_admitted_bodies_in_memory() {
    // Two decoding and two waiting: at most four bodies are ever buffered.
    let app = spawn_app_with(|s| s.photo_decode_concurrency = 2).await;
    let w = world(&app).await;
    let made = report(&app, &w, &w.ben, &w.pothole, HERE).await;
    let report_id = made["report_id"].as_str().unwrap().to_owned();
    // Just under the 8 MiB limit: a header declaring a huge image, then padding. One copy,
    // shared by every request, so the test's own side holds 8 MiB however many are sent.
    let mut hostile = png_declaring(60_000, 60_000);
    hostile.resize(8 * 1024 * 1024 - 1024, 0);
    let hostile: &'static [u8] = Box::leak(hostile.into_boxed_slice());
    let before = resident_memory();

    let url = app.url(&format!("/api/v1/reports/{report_id}/photos"));
    let uploads = futures_util::future::join_all((0..32).map(|_| {
        let request = app
            .client
            .post(&url)
            .bearer_auth(&w.ben.token)
            .header("content-type", "application/octet-stream")
            .body(hostile);
        async move { answer(request.send().await.expect("request sent")).await }
    }));
    let others = async {
        // Asked while the uploads are in flight: other requests are still answered.
        let started = std::time::Instant::now();
        let health = app.get("/healthz", None).await.status.as_u16();
        let issue = app
            .get(
                &format!("/api/v1/neighbourhoods/{}", w.id),
                Some(&w.ana.token),
            )
            .await
            .status
            .as_u16();
        (health, issue, started.elapsed())
    };
    let (answers, (health, neighbourhood, took)) = tokio::join!(uploads, others);

    let (mut refused, mut busy) = (0, 0);
    for answer in answers {
        if answer.status == 503 {
            assert_busy(answer);
            busy += 1;
        } else {
            answer.expect(422);
            refused += 1;
        }
    }
    assert!(refused > 0, "admitted uploads were decoded and refused");
    assert_eq!(refused + busy, 32);
    assert_eq!((health, neighbourhood), (200, 200));
    assert!(took < Duration::from_secs(5), "{took:?}");
    // Unbounded, 32 bodies of 8 MiB (buffers grown by doubling) would be 256 to 512 MiB.
    let grew = peak_memory().saturating_sub(before);
    assert!(
        grew < 160 * 1024 * 1024,
        "memory grew by {} MB during the uploads",
        grew / 1_000_000
    );
}

#[tokio::test]
async fn sixteen_simultaneous_hostile_uploads_are_refused_with_bounded_memory_and_health_answered()
{
    let app = spawn_app().await;
    let w = world(&app).await;
    let made = report(&app, &w, &w.ben, &w.pothole, HERE).await;
    let report_id = made["report_id"].as_str().unwrap().to_owned();
    // Each a few hundred bytes. The first three declare far beyond any limit (14 GB as a
    // bitmap); the last three are within the limits, but no file of their size holds that
    // many pixels, and decoders would fill in the rest (a 7000 × 5000 JPEG decoded this way
    // took 100 MB and seconds of CPU).
    let hostile = [
        png_declaring(60_000, 60_000),
        jpeg_declaring(60_000, 60_000),
        webp_declaring(16_384, 16_384),
        png_declaring(7000, 5000),
        jpeg_declaring(7000, 5000),
        webp_declaring(7000, 5000),
    ];
    assert!(hostile.iter().all(|file| file.len() < 1024));

    let uploads = futures_util::future::join_all(
        (0..16).map(|i| upload(&app, &w.ben, &report_id, hostile[i % hostile.len()].clone())),
    );
    let health = async {
        // Asked while the uploads are in flight.
        let started = std::time::Instant::now();
        let answer = app.get("/healthz", None).await;
        (answer.status.as_u16(), started.elapsed())
    };
    let (answers, (health_status, health_took)) = tokio::join!(uploads, health);

    let mut refused_as_images = 0;
    for answer in answers {
        // Beyond the decoding and its wait list, uploads are turned away before being read.
        if answer.status == 503 {
            assert_busy(answer);
            continue;
        }
        let body = answer.expect(422);
        let why = body["errors"]["photo"][0].as_str().unwrap();
        assert!(
            why.contains("too large") || why.contains("more pixels than its file holds"),
            "{why}"
        );
        refused_as_images += 1;
    }
    assert!(
        refused_as_images > 0,
        "some were admitted and refused as images"
    );
    assert_eq!(health_status, 200);
    assert!(health_took < Duration::from_secs(5), "{health_took:?}");
    let peak = peak_memory();
    assert!(
        peak < 1024 * 1024 * 1024,
        "peak memory {} MB",
        peak / 1_000_000
    );

    // A real photo still goes through.
    let mut photo = Cursor::new(Vec::new());
    DynamicImage::new_rgb8(1200, 900)
        .write_to(&mut photo, ImageFormat::Jpeg)
        .unwrap();
    let added = upload(&app, &w.ben, &report_id, photo.into_inner())
        .await
        .expect(201);
    assert_eq!(
        (added["width"].as_i64(), added["height"].as_i64()),
        (Some(1200), Some(900))
    );
}
