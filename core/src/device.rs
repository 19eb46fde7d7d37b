//! What kind of browser the app runs in, from its user-agent string: the few cases where the
//! person must be told something (the shell reads the string; the rules live here).

/// An app's built-in browser: no service worker (no offline copy), often no share sheet or
/// camera, and its storage may vanish. The person should open the page in a real browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum InApp {
    /// Zalo.
    Zalo,
    /// Facebook Messenger.
    Messenger,
    /// Facebook.
    Facebook,
    /// Another app's browser (Instagram, TikTok, Line).
    Other,
}

/// What the shell must know about the browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Device {
    /// Running inside an app's built-in browser.
    pub in_app: Option<InApp>,
    /// Safari on iPhone/iPad in a normal tab (not added to the home screen): Safari deletes a
    /// site's data after 7 days without a visit.
    pub ios_safari_tab: bool,
}

/// Reads a `navigator.userAgent`; `standalone` is true when the page runs as an installed app.
pub fn detect(user_agent: &str, standalone: bool) -> Device {
    let has = |s: &str| user_agent.contains(s);
    let in_app = if has("Zalo") {
        Some(InApp::Zalo)
    } else if has("Messenger") || has("MESSENGER") || has("FBAN/Orca") {
        Some(InApp::Messenger)
    } else if has("FBAN") || has("FBAV") || has("FB_IAB") {
        Some(InApp::Facebook)
    } else if has("Instagram") || has("musical_ly") || has("BytedanceWebview") || has(" Line/") {
        Some(InApp::Other)
    } else {
        None
    };
    let ios = has("iPhone") || has("iPad") || has("iPod");
    // Chrome, Firefox and Edge on iOS name themselves; plain Safari does not.
    let safari = has("Safari") && !has("CriOS") && !has("FxiOS") && !has("EdgiOS");
    Device { in_app, ios_safari_tab: ios && safari && !standalone && in_app.is_none() }
}

#[cfg(test)]
mod tests {
    use super::*;

    const ZALO: &str = "Mozilla/5.0 (Linux; Android 12; SM-A125F Build/SP1A.210812.016; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/119.0.6045.163 Mobile Safari/537.36 Zalo android/12100612 ZaloTheme/light ZaloLanguage/vi";
    const MESSENGER: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 [FBAN/MessengerForiOS;FBAV/439.0.0.40.109;FBBV/552929446;FBDV/iPhone14,7;FBMD/iPhone;FBSN/iOS;FBSV/17.1;FBSS/3;FBCR/;FBID/phone;FBLC/vi_VN;FBOP/5]";
    const FACEBOOK: &str = "Mozilla/5.0 (Linux; Android 13; Redmi Note 12 Build/TKQ1.221114.001; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/120.0.6099.43 Mobile Safari/537.36 [FB_IAB/FB4A;FBAV/444.0.0.31.110;]";
    const IOS_SAFARI: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1";
    const IOS_CHROME: &str = "Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) CriOS/120.0.6099.101 Mobile/15E148 Safari/604.1";
    const ANDROID_CHROME: &str = "Mozilla/5.0 (Linux; Android 10; K) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Mobile Safari/537.36";

    #[test]
    fn in_app_browsers_are_named() {
        assert_eq!(detect(ZALO, false).in_app, Some(InApp::Zalo));
        assert_eq!(detect(MESSENGER, false).in_app, Some(InApp::Messenger));
        assert_eq!(detect(FACEBOOK, false).in_app, Some(InApp::Facebook));
        assert_eq!(detect(ANDROID_CHROME, false), Device::default());
    }

    #[test]
    fn only_a_safari_tab_on_ios_gets_the_seven_day_warning() {
        assert!(detect(IOS_SAFARI, false).ios_safari_tab);
        assert!(!detect(IOS_SAFARI, true).ios_safari_tab, "installed on the home screen");
        assert!(!detect(IOS_CHROME, false).ios_safari_tab);
        assert!(!detect(MESSENGER, false).ios_safari_tab, "told to leave the in-app browser instead");
        assert!(!detect(ANDROID_CHROME, false).ios_safari_tab);
    }
}
