//! Entry point of the report page (`baocao.html`): a separate wasm, so neither the citizen's
//! nor the chi hội's first load carries the yearly report and its roll-up.

fn main() {
    congdanhoctap::mount(congdanhoctap::report::ReportApp);
}
