//! Turning an uploaded file into a safe photo: the type is decided from the content (never the
//! name or the declared type), the image is decoded and re-encoded — which drops EXIF, GPS and
//! every other piece of metadata — and a thumbnail is made.

use std::io::Cursor;

use image::{DynamicImage, ImageFormat};

pub const MAX_PHOTO_BYTES: usize = 8 * 1024 * 1024;
pub const MAX_PHOTOS_PER_REPORT: usize = 3;
/// Longest side of the stored photo and of its thumbnail.
pub const MAX_SIDE: u32 = 2048;
pub const THUMBNAIL_SIDE: u32 = 320;
/// Refuse decompression bombs: a small file that decodes to a huge bitmap.
const MAX_PIXELS: u64 = 40_000_000;

/// A processed photo, ready to store.
pub struct Processed {
    pub jpeg: Vec<u8>,
    pub thumbnail: Vec<u8>,
    pub width: u32,
    pub height: u32,
}

/// JPEG, PNG or WebP in, a clean JPEG and a JPEG thumbnail out.
pub fn process(upload: &[u8]) -> Result<Processed, String> {
    if upload.is_empty() {
        return Err("the photo is empty".into());
    }
    if upload.len() > MAX_PHOTO_BYTES {
        return Err(format!(
            "a photo may be at most {} MiB",
            MAX_PHOTO_BYTES / 1024 / 1024
        ));
    }
    let format = image::guess_format(upload).map_err(|_| "the file is not an image".to_owned())?;
    if !matches!(
        format,
        ImageFormat::Jpeg | ImageFormat::Png | ImageFormat::WebP
    ) {
        return Err("photos must be JPEG, PNG or WebP".into());
    }
    let mut reader = image::ImageReader::with_format(Cursor::new(upload), format);
    let mut limits = image::Limits::default();
    limits.max_alloc = Some(MAX_PIXELS * 4);
    reader.limits(limits);
    let (width, height) = reader
        .into_dimensions()
        .map_err(|_| "the image could not be read".to_owned())?;
    if u64::from(width) * u64::from(height) > MAX_PIXELS {
        return Err("the image has too many pixels".into());
    }
    let decoded = image::load_from_memory_with_format(upload, format)
        .map_err(|_| "the image could not be read".to_owned())?;
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

fn encode(image: &DynamicImage) -> Result<Vec<u8>, String> {
    let mut out = Cursor::new(Vec::new());
    // JPEG has no alpha channel: flatten first.
    DynamicImage::ImageRgb8(image.to_rgb8())
        .write_to(&mut out, ImageFormat::Jpeg)
        .map_err(|_| "the image could not be encoded".to_owned())?;
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
