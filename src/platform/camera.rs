//! The camera, for the chi hội to scan the QR codes on residents' phones.
//!
//! Frames are read about three times a second. Where the browser has `BarcodeDetector`
//! (Chrome on Android) it reads them; elsewhere (Safari, desktop Chrome on Linux) the frame is
//! drawn on a canvas and read by `hoctap_core::scan` (quircs) in the wasm. Only one camera
//! session runs at a time; leaving the screen stops it (the light goes off).

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use js_sys::{Array, Function, Object, Promise, Reflect};
use wasm_bindgen::closure::Closure;
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;

/// Why the camera could not be used, each a sentence on the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CameraError {
    /// The person (or the browser's settings) refused.
    Denied,
    /// No camera on this device.
    NoCamera,
    /// No camera API here (old browser, in-app browser, plain-http address).
    Unsupported,
    /// Anything else (the camera is busy, the video would not play).
    Failed,
}

/// A running camera: its stream and the timer that reads its frames.
struct Session {
    stream: web_sys::MediaStream,
    video: web_sys::HtmlVideoElement,
    timer: i32,
    _tick: Closure<dyn FnMut()>,
}

thread_local! {
    static SESSION: RefCell<Option<Session>> = const { RefCell::new(None) };
}

/// Largest side of the picture handed to the decoder: enough for a QR code held up to the
/// camera, and small enough to read in a few tens of milliseconds on a cheap phone.
const MAX_SIDE: u32 = 800;
/// Milliseconds between two frames read.
const EVERY_MS: i32 = 300;

fn error_name(e: &JsValue) -> String {
    Reflect::get(e, &"name".into()).ok().and_then(|n| n.as_string()).unwrap_or_default()
}

/// Starts the camera into `video`; `found` gets the texts of the QR codes seen.
pub async fn start(
    video: web_sys::HtmlVideoElement,
    found: impl Fn(Vec<String>) + 'static,
) -> Result<(), CameraError> {
    stop();
    let window = web_sys::window().ok_or(CameraError::Unsupported)?;
    let nav: JsValue = window.navigator().into();
    let devices = Reflect::get(&nav, &"mediaDevices".into()).map_err(|_| CameraError::Unsupported)?;
    if devices.is_undefined() || devices.is_null() {
        return Err(CameraError::Unsupported);
    }
    let devices: web_sys::MediaDevices = devices.unchecked_into();
    let constraints = web_sys::MediaStreamConstraints::new();
    let video_wanted = Object::new();
    // The back camera, where a phone has one.
    let _ = Reflect::set(&video_wanted, &"facingMode".into(), &"environment".into());
    constraints.set_video(&video_wanted);
    constraints.set_audio(&JsValue::FALSE);
    let request =
        devices.get_user_media_with_constraints(&constraints).map_err(|_| CameraError::Unsupported)?;
    let stream = JsFuture::from(request).await.map_err(|e| match error_name(&e).as_str() {
        "NotAllowedError" | "SecurityError" => CameraError::Denied,
        "NotFoundError" | "OverconstrainedError" => CameraError::NoCamera,
        _ => CameraError::Failed,
    })?;
    let stream: web_sys::MediaStream = stream.unchecked_into();
    video.set_src_object(Some(&stream));
    if let Ok(p) = video.play() {
        let _ = JsFuture::from(p).await;
    }

    let reader = Rc::new(FrameReader::new(&window, video.clone(), found));
    let tick = Closure::<dyn FnMut()>::new(move || reader.read());
    let timer = window
        .set_interval_with_callback_and_timeout_and_arguments_0(tick.as_ref().unchecked_ref(), EVERY_MS)
        .map_err(|_| CameraError::Failed)?;
    SESSION.with(|s| *s.borrow_mut() = Some(Session { stream, video, timer, _tick: tick }));
    Ok(())
}

/// Stops the camera, if it runs.
pub fn stop() {
    let Some(session) = SESSION.with(|s| s.borrow_mut().take()) else { return };
    if let Some(w) = web_sys::window() {
        w.clear_interval_with_handle(session.timer);
    }
    stop_tracks(&session.stream);
    session.video.set_src_object(None);
}

fn stop_tracks(stream: &web_sys::MediaStream) {
    for track in stream.get_tracks().iter() {
        if let Ok(track) = track.dyn_into::<web_sys::MediaStreamTrack>() {
            track.stop();
        }
    }
}

/// Reads one frame at a time from the video, with the browser's detector or with quircs.
struct FrameReader {
    video: web_sys::HtmlVideoElement,
    canvas: Option<(web_sys::HtmlCanvasElement, web_sys::CanvasRenderingContext2d)>,
    detector: Rc<RefCell<Option<JsValue>>>,
    busy: Rc<Cell<bool>>,
    found: Rc<dyn Fn(Vec<String>)>,
}

impl FrameReader {
    fn new(
        window: &web_sys::Window,
        video: web_sys::HtmlVideoElement,
        found: impl Fn(Vec<String>) + 'static,
    ) -> Self {
        let canvas = window.document().and_then(|d| d.create_element("canvas").ok()).and_then(|c| {
            let canvas = c.dyn_into::<web_sys::HtmlCanvasElement>().ok()?;
            let context =
                canvas.get_context("2d").ok()??.dyn_into::<web_sys::CanvasRenderingContext2d>().ok()?;
            Some((canvas, context))
        });
        FrameReader {
            video,
            canvas,
            detector: Rc::new(RefCell::new(barcode_detector(window))),
            busy: Rc::new(Cell::new(false)),
            found: Rc::new(found),
        }
    }

    fn read(&self) {
        // HAVE_CURRENT_DATA: there is a frame to read.
        if self.busy.get() || self.video.ready_state() < 2 || self.video.video_width() == 0 {
            return;
        }
        let detector = self.detector.borrow().clone();
        match detector {
            Some(detector) => self.detect(detector),
            None => self.decode(),
        }
    }

    /// The browser's own detector, asynchronous; if it fails once, quircs takes over.
    fn detect(&self, detector: JsValue) {
        let Some(promise) = Reflect::get(&detector, &"detect".into())
            .ok()
            .and_then(|f| f.dyn_into::<Function>().ok())
            .and_then(|f| f.call1(&detector, &self.video).ok())
        else {
            self.detector.replace(None);
            return;
        };
        self.busy.set(true);
        let (busy, found, detector) = (self.busy.clone(), self.found.clone(), self.detector.clone());
        leptos::task::spawn_local(async move {
            match JsFuture::from(Promise::from(promise)).await {
                Ok(codes) => {
                    let texts: Vec<String> = Array::from(&codes)
                        .iter()
                        .filter_map(|c| Reflect::get(&c, &"rawValue".into()).ok()?.as_string())
                        .collect();
                    if !texts.is_empty() {
                        found(texts);
                    }
                }
                // A detector that exists but cannot read (no backend on this system).
                Err(_) => {
                    detector.replace(None);
                }
            }
            busy.set(false);
        });
    }

    /// The frame drawn small on a canvas and read by quircs.
    fn decode(&self) {
        let Some((canvas, context)) = &self.canvas else { return };
        let (w, h) = (self.video.video_width(), self.video.video_height());
        let scale = f64::from(MAX_SIDE) / f64::from(w.max(h));
        let (w, h) =
            if scale < 1.0 { ((f64::from(w) * scale) as u32, (f64::from(h) * scale) as u32) } else { (w, h) };
        canvas.set_width(w);
        canvas.set_height(h);
        let drawn = context.draw_image_with_html_video_element_and_dw_and_dh(
            &self.video,
            0.0,
            0.0,
            f64::from(w),
            f64::from(h),
        );
        let Ok(image) = drawn.and_then(|_| context.get_image_data(0.0, 0.0, f64::from(w), f64::from(h)))
        else {
            return;
        };
        let texts = hoctap_core::scan::qr_texts_rgba(w as usize, h as usize, &image.data());
        if !texts.is_empty() {
            (self.found)(texts);
        }
    }
}

/// `new BarcodeDetector({formats: ["qr_code"]})`, where the browser has one that reads QR codes.
fn barcode_detector(window: &web_sys::Window) -> Option<JsValue> {
    let class = Reflect::get(window, &"BarcodeDetector".into()).ok()?.dyn_into::<Function>().ok()?;
    let options = Object::new();
    let _ = Reflect::set(&options, &"formats".into(), &Array::of1(&"qr_code".into()));
    Reflect::construct(&class, &Array::of1(&options)).ok()
}
