//! Reading aloud with the browser's own speech synthesis, in a Vietnamese voice only: an
//! English voice reading Vietnamese is worse than nothing for an elderly listener.

/// Whether the browser has speech synthesis at all (the button is hidden otherwise).
pub fn available() -> bool {
    web_sys::window().is_some_and(|w| js_sys::Reflect::has(&w, &"speechSynthesis".into()).unwrap_or(false))
}

/// Reads `text` aloud in `lang` (e.g. `vi`), stopping anything read before. `false` when the
/// device has no voice for that language: the screen says so instead.
pub fn speak(text: &str, lang: &str) -> bool {
    let Some(synth) = web_sys::window().and_then(|w| w.speech_synthesis().ok()) else { return false };
    let voice = synth.get_voices().iter().find_map(|v| {
        let v = wasm_bindgen::JsCast::dyn_into::<web_sys::SpeechSynthesisVoice>(v).ok()?;
        // ASCII only: `to_lowercase` would pull in Unicode case tables (~10 KB gzipped).
        v.lang().to_ascii_lowercase().starts_with(lang).then_some(v)
    });
    let Some(voice) = voice else { return false };
    let Ok(utterance) = web_sys::SpeechSynthesisUtterance::new_with_text(text) else { return false };
    utterance.set_voice(Some(&voice));
    utterance.set_lang(&voice.lang());
    // A little slower than the default: the listeners are often elderly.
    utterance.set_rate(0.9);
    synth.cancel();
    synth.speak(&utterance);
    true
}
