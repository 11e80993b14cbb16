//! Turning an uploaded file into a safe photo: the type is decided from the content (never the
//! name or the declared type), the image is decoded and re-encoded — which drops EXIF, GPS and
//! every other piece of metadata — and a thumbnail is made.
//!
//! Decoding is bounded before it allocates: a tiny file can declare a 60,000 × 60,000 image (a
//! "decompression bomb", 14 GB as a bitmap). The header is read first and its width, height,
//! pixel count and bitmap size are checked against the limits below; the decoder itself gets the
//! same limits (`image::Limits`), so whatever it allocates inside stays under `MAX_DECODE_BYTES`.
//! How many photos are decoded at once is capped by `services::issues::photos::PhotoWork`.

use std::io::Cursor;

use image::{DynamicImage, ImageDecoder, ImageError, ImageFormat};

pub const MAX_PHOTO_BYTES: usize = 8 * 1024 * 1024;
pub const MAX_PHOTOS_PER_REPORT: usize = 3;
/// Longest side of the stored photo and of its thumbnail.
pub const MAX_SIDE: u32 = 2048;
pub const THUMBNAIL_SIDE: u32 = 320;
/// Widest or tallest upload accepted (pixels): above any camera's, below any bomb's.
pub const MAX_INPUT_SIDE: u32 = 12_000;
/// Most pixels an upload may have: a 40-megapixel photo (a 50 MP phone's files are over the 8 MiB
/// limit anyway).
pub const MAX_PIXELS: u64 = 40_000_000;
/// Most memory one decode may take: the largest photo as 8-bit RGBA. One decode of a
/// `MAX_PIXELS` 16-bit image would need twice this and is refused before it starts.
pub const MAX_DECODE_BYTES: u64 = MAX_PIXELS * 4;
/// Most pixels an upload may declare per byte of its file. Real photos hold 10-100 times more
/// bytes than this; a file declaring far more pixels than it could encode is a forgery, and
/// decoders fill the missing rest (a 634-byte JPEG declaring 7000 × 5000 decodes, grey, in
/// seconds). So no upload costs more decoding than a real photo of its size.
pub const MAX_PIXELS_PER_BYTE: u64 = 1024;

/// A processed photo, ready to store.
pub struct Processed {
    pub jpeg: Vec<u8>,
    pub thumbnail: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// JPEG, PNG or WebP in, a clean JPEG and a JPEG thumbnail out.
pub fn process(upload: &[u8]) -> Result<Processed, crate::i18n::Message> {
    if upload.is_empty() {
        return Err(crate::msg!("photo-photo-empty"));
    }
    if upload.len() > MAX_PHOTO_BYTES {
        return Err(crate::msg!(
            "photo-at-most-mib",
            max = MAX_PHOTO_BYTES / 1024 / 1024
        ));
    }
    let format = image::guess_format(upload).map_err(|_| crate::msg!("photo-not-an-image"))?;
    if !matches!(
        format,
        ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP
    ) {
        return Err(crate::msg!("photo-photos-must-jpeg-png-webp"));
    }
    let mut reader = image::ImageReader::with_format(Cursor::new(upload), format);
    reader.limits(decode_limits());
    // Reads the header only; the limits refuse an oversized one here already.
    let decoder = reader.into_decoder().map_err(unreadable)?;
    let (width, height) = decoder.dimensions();
    check_size(width, height, decoder.total_bytes(), upload.len())?;
    let decoded = DynamicImage::from_decoder(decoder).map_err(unreadable)?;
    let photo = if decoded.width().max(decoded.height()) > MAX_SIDE {
        decoded.thumbnail(MAX_SIDE, MAX_SIDE)
    } else {
        decoded
    };
    let thumbnail = photo.thumbnail(THUMBNAIL_SIDE, THUMBNAIL_SIDE);
    Ok(Processed {
        width: photo.width(),
        height: photo.height(),
        jpeg: encode(&photo)?,
        thumbnail: encode(&thumbnail)?,
    })
}

fn decode_limits() -> image::Limits {
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(MAX_INPUT_SIDE);
    limits.max_image_height = Some(MAX_INPUT_SIDE);
    limits.max_alloc = Some(MAX_DECODE_BYTES);
    limits
}

fn too_large() -> crate::i18n::Message {
    crate::msg!(
        "photo-too-large",
        side = MAX_INPUT_SIDE,
        megapixels = MAX_PIXELS / 1_000_000
    )
}

fn unreadable(error: ImageError) -> crate::i18n::Message {
    match error {
        ImageError::Limits(_) => too_large(),
        _ => crate::msg!("photo-unreadable"),
    }
}

/// Whether an image of this size (as its header declares it, with its bitmap's size in bytes)
/// may be decoded from a file of `file_bytes`.
fn check_size(
    width: u32,
    height: u32,
    bitmap_bytes: u64,
    file_bytes: usize,
) -> Result<(), crate::i18n::Message> {
    let pixels = u64::from(width) * u64::from(height);
    let fits = width > 0
        && height > 0
        && width <= MAX_INPUT_SIDE
        && height <= MAX_INPUT_SIDE
        && pixels <= MAX_PIXELS
        && bitmap_bytes <= MAX_DECODE_BYTES;
    if !fits {
        return Err(too_large());
    }
    if pixels > file_bytes as u64 * MAX_PIXELS_PER_BYTE {
        return Err(crate::msg!("photo-image-declares-more-pixels-than"));
    }
    Ok(())
}

fn encode(image: &DynamicImage) -> Result<Vec<u8>, crate::i18n::Message> {
    let mut out = Cursor::new(Vec::new());
    // JPEG has no alpha channel: flatten first.
    DynamicImage::ImageRgb8(image.to_rgb8())
        .write_to(&mut out, ImageFormat::Jpeg)
        .map_err(|_| crate::msg!("photo-unencodable"))?;
    Ok(out.into_inner())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn png(width: u32, height: u32) -> Vec<u8> {
        let image = DynamicImage::new_rgb8(width, height);
        let mut out = Cursor::new(Vec::new());
        image.write_to(&mut out, ImageFormat::Png).unwrap();
        out.into_inner()
    }

    #[test]
    fn a_png_becomes_a_clean_jpeg_with_a_thumbnail() {
        let processed = process(&png(800, 600)).unwrap();
        assert_eq!((processed.width, processed.height), (800, 600));
        assert_eq!(
            image::guess_format(&processed.jpeg).unwrap(),
            ImageFormat::Jpeg
        );
        let thumb = image::load_from_memory(&processed.thumbnail).unwrap();
        assert_eq!((thumb.width(), thumb.height()), (320, 240));
    }

    #[test]
    fn large_photos_are_scaled_down() {
        let processed = process(&png(4000, 1000)).unwrap();
        assert_eq!((processed.width, processed.height), (2048, 512));
    }

    #[test]
    fn files_that_are_not_images_are_refused_whatever_their_name() {
        assert!(process(b"").is_err());
        assert!(process(b"GIF89a not really").is_err());
        assert!(process(b"<?php echo 'hi'; ?>").is_err());
        let mut truncated = png(100, 100);
        truncated.truncate(60);
        assert!(process(&truncated).is_err());
        assert!(process(&vec![0_u8; MAX_PHOTO_BYTES + 1]).is_err());
    }

    #[test]
    fn sizes_are_checked_before_decoding() {
        const MIB: usize = 1024 * 1024;
        assert!(check_size(8000, 5000, 8000 * 5000 * 3, 4 * MIB).is_ok());
        assert!(check_size(MAX_INPUT_SIDE, 100, 0, MIB).is_ok());
        assert!(check_size(64, 64, 64 * 64 * 3, 4).is_ok());
        for (width, height, bytes) in [
            (60_000, 60_000, 0),
            (MAX_INPUT_SIDE + 1, 10, 0),
            (10, MAX_INPUT_SIDE + 1, 0),
            (10_000, 4_001, 0),
            (8000, 5000, 8000 * 5000 * 8),
            (0, 10, 0),
        ] {
            let refusal = check_size(width, height, bytes, 8 * MIB)
                .unwrap_err()
                .to_string();
            assert!(refusal.contains("too large"), "{width}×{height}: {refusal}");
        }
        let forged = check_size(7000, 5000, 7000 * 5000 * 3, 634)
            .unwrap_err()
            .to_string();
        assert!(
            forged.contains("more pixels than its file holds"),
            "{forged}"
        );
    }

    #[test]
    fn exif_metadata_does_not_survive() {
        // A JPEG carrying an APP1/Exif segment with a fake GPS marker.
        let mut jpeg = Vec::new();
        DynamicImage::new_rgb8(64, 64)
            .write_to(&mut Cursor::new(&mut jpeg), ImageFormat::Jpeg)
            .unwrap();
        let exif = b"Exif\0\0GPSLatitude=51.5;secret-home";
        let mut with_exif = vec![0xFF, 0xD8, 0xFF, 0xE1];
        with_exif.extend_from_slice(&((exif.len() + 2) as u16).to_be_bytes());
        with_exif.extend_from_slice(exif);
        with_exif.extend_from_slice(&jpeg[2..]);
        let processed = process(&with_exif).unwrap();
        let haystack = String::from_utf8_lossy(&processed.jpeg);
        assert!(!haystack.contains("GPSLatitude") && !haystack.contains("secret-home"));
    }
}
