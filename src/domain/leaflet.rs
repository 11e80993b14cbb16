//! The printable leaflet's QR code: the neighbourhood's own page, drawn as SVG so that it stays
//! sharp at any print size.

use qrcode::{render::svg, EcLevel, QrCode};

/// The address a leaflet's QR code leads to: the neighbourhood's page on this site.
pub fn page_url(base_url: &str, neighbourhood_id: impl std::fmt::Display) -> String {
    format!(
        "{}/neighbourhoods/{neighbourhood_id}",
        base_url.trim_end_matches('/')
    )
}

/// `url` as a QR code in SVG, black on white with the standard quiet zone. Error correction
/// level M survives the creases and smudges of a leaflet in a letterbox; an address too long for
/// any QR code (over about 2,300 bytes) is refused.
pub fn qr_svg(url: &str) -> Result<String, String> {
    let code = QrCode::with_error_correction_level(url.as_bytes(), EcLevel::M)
        .map_err(|error| format!("the address cannot be drawn as a QR code: {error}"))?;
    Ok(code
        .render::<svg::Color<'_>>()
        .min_dimensions(256, 256)
        .dark_color(svg::Color("#000000"))
        .light_color(svg::Color("#ffffff"))
        .quiet_zone(true)
        .build())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_page_url_has_one_slash_between_site_and_path() {
        assert_eq!(
            page_url("https://commonground.example/", "abc"),
            "https://commonground.example/neighbourhoods/abc"
        );
        assert_eq!(
            page_url("http://127.0.0.1:8080", "abc"),
            "http://127.0.0.1:8080/neighbourhoods/abc"
        );
    }

    #[test]
    fn the_svg_is_a_black_on_white_drawing_and_nothing_else() {
        let svg = qr_svg("https://commonground.example/neighbourhoods/abc").unwrap();
        assert!(svg.starts_with("<?xml"), "{svg:.80}");
        assert!(svg.contains("<svg"));
        assert!(svg.contains("#000000"));
        // Nothing but the drawing: no script, no link, no text from anyone.
        assert!(!svg.contains("<script") && !svg.contains("href") && !svg.contains("<text"));
    }

    #[test]
    fn the_same_address_gives_the_same_drawing_and_another_a_different_one() {
        let a = qr_svg("https://commonground.example/neighbourhoods/a").unwrap();
        assert_eq!(
            a,
            qr_svg("https://commonground.example/neighbourhoods/a").unwrap()
        );
        assert_ne!(
            a,
            qr_svg("https://commonground.example/neighbourhoods/b").unwrap()
        );
    }

    #[test]
    fn an_address_too_long_for_any_qr_code_is_refused() {
        let long = format!("https://commonground.example/{}", "a".repeat(4_000));
        assert!(qr_svg(&long).is_err());
    }
}
