//! Entry point of the chi hội page (`chihoi.html`): a separate wasm, so the citizen's first
//! load never carries the tally, charts or the camera's QR decoder.

fn main() {
    congdanhoctap::mount(congdanhoctap::tally::TallyApp);
}
