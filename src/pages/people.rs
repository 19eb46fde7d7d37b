//! Everyone assessed on this device — a volunteer's residents: who, which group, how far or
//! what result, when last edited; open, rename, delete (confirmed, with a short undo), and
//! "sent to the chi hội — remove from this phone".

use std::cell::RefCell;
use std::rc::Rc;

use hoctap_core::answers::{Event, Profile};
use hoctap_core::markup::Markup;
use hoctap_core::pack::INDICATOR_COUNT;
use hoctap_core::route::Route;
use hoctap_core::scoring::score;
use leptos::prelude::*;

use crate::components::markup_view;
use crate::i18n::{fill, Text};
use crate::platform::dom::{self, FormValues};
use crate::platform::location::{focus, go};
use crate::AppCtx;

/// How long "Hoàn tác" is offered after a removal.
const UNDO_SECONDS: u64 = 15;

/// What the list is in the middle of, besides showing everyone.
#[derive(Clone, PartialEq)]
enum Doing {
    Nothing,
    Renaming(u32),
    /// Confirming a removal; `true` when it is the "sent to the chi hội" removal.
    Confirming(u32, bool),
    /// Just removed: the profile, kept for "Hoàn tác" until the next action.
    Removed(Box<Profile>),
}

/// The list. It redraws itself after each action (no signal of its own: each new signal
/// type costs wasm size), into the `#people` part of the screen.
pub fn people_screen(ctx: AppCtx, t: &'static Text) -> AnyView {
    let doing = Rc::new(RefCell::new(Doing::Nothing));
    let mut m = Markup::new();
    m.open("h1", &[("tabindex", "-1")]).text(t.people_heading).close("h1");
    m.el("p", "lead", t.people_intro);
    m.open("div", &[("id", LIST)]).append(list_markup(ctx, t, &Doing::Nothing)).close("div");
    m.open("div", &[("class", "actions")]);
    m.open("a", &[("class", "button primary"), ("href", &Route::Start.to_hash())])
        .text(t.add_person)
        .close("a");
    m.close("div");
    let on = move |ev: &web_sys::Event| on_event(ctx, t, &doing, ev);
    markup_view("screen", m.finish(), Some(Rc::new(on)))
}

const LIST: &str = "people";

fn redraw(ctx: AppCtx, t: &Text, doing: &Doing) {
    dom::set_markup(LIST, &list_markup(ctx, t, doing).finish());
}

fn id_of(ev: &web_sys::Event) -> Option<u32> {
    let target = wasm_bindgen::JsCast::dyn_into::<web_sys::Element>(ev.target()?).ok()?;
    target.closest("[data-id]").ok()??.get_attribute("data-id")?.parse().ok()
}

fn on_event(ctx: AppCtx, t: &'static Text, doing: &Rc<RefCell<Doing>>, ev: &web_sys::Event) {
    let set = |next: Doing| {
        redraw(ctx, t, &next);
        *doing.borrow_mut() = next;
    };
    if ev.type_() == "submit" {
        ev.prevent_default();
        let (Some(id), Some(name)) = (id_of(ev), FormValues::of(ev).get("name")) else { return };
        ctx.dispatch(Event::Rename { id, name });
        set(Doing::Nothing);
        return refocus(&format!("person-{id}"));
    }
    let (Some(action), id) = (dom::action(ev), id_of(ev)) else { return };
    match (action.as_str(), id) {
        ("open", Some(id)) => {
            ctx.dispatch(Event::Switch { id });
            if let Some(p) = ctx.state.with_untracked(|s| s.active().cloned()) {
                go(&p.resume_at());
            }
        }
        ("rename", Some(id)) => {
            set(Doing::Renaming(id));
            refocus("rename-name");
        }
        ("delete", Some(id)) | ("handoff", Some(id)) => {
            set(Doing::Confirming(id, action == "handoff"));
            refocus("confirm-yes");
        }
        ("confirm", Some(id)) => {
            let removed = ctx.state.with_untracked(|s| s.profiles.iter().find(|p| p.id == id).cloned());
            ctx.dispatch(Event::Delete { id });
            set(removed.map_or(Doing::Nothing, |p| Doing::Removed(Box::new(p))));
            refocus("undo");
            // A short undo: the offer goes after a while (unless another removal replaced it).
            let doing = Rc::clone(doing);
            set_timeout(
                move || {
                    if matches!(&*doing.borrow(), Doing::Removed(p) if p.id == id) {
                        *doing.borrow_mut() = Doing::Nothing;
                        redraw(ctx, t, &Doing::Nothing);
                    }
                },
                std::time::Duration::from_secs(UNDO_SECONDS),
            );
        }
        ("undo", _) => {
            let was = std::mem::replace(&mut *doing.borrow_mut(), Doing::Nothing);
            if let Doing::Removed(p) = was {
                let id = p.id;
                ctx.dispatch(Event::Reinsert(p));
                refocus(&format!("person-{id}"));
            }
            redraw(ctx, t, &Doing::Nothing);
        }
        ("cancel", id) => {
            set(Doing::Nothing);
            if let Some(id) = id {
                refocus(&format!("person-{id}"));
            }
        }
        _ => {}
    }
}

/// Moves focus to `id` once the list is redrawn, so keyboard and screen-reader users stay put.
fn refocus(id: &str) {
    let id = id.to_string();
    request_animation_frame(move || focus(&id));
}

fn list_markup(ctx: AppCtx, t: &Text, doing: &Doing) -> Markup {
    let mut m = Markup::new();
    if let Doing::Removed(p) = doing {
        m.open("div", &[("class", "notice"), ("role", "status")]);
        m.el("span", "", &fill(t.removed, &[("name", &t.name_of(&p.details.name))])).text(" ");
        m.open("button", &[("type", "button"), ("id", "undo"), ("data-action", "undo")])
            .text(t.undo)
            .close("button");
        m.close("div");
    }
    ctx.state.with_untracked(|s| {
        if s.profiles.is_empty() {
            m.el("p", "", t.people_empty);
        }
        let mut sorted: Vec<&Profile> = s.profiles.iter().collect();
        sorted.sort_by_key(|p| std::cmp::Reverse(p.updated_ms));
        m.open("ul", &[("class", "people")]);
        for p in sorted {
            person_card(&mut m, ctx, t, p, s.active == Some(p.id), doing);
        }
        m.close("ul");
    });
    m
}

fn person_card(m: &mut Markup, ctx: AppCtx, t: &Text, p: &Profile, open: bool, doing: &Doing) {
    let id = p.id.to_string();
    let heading = format!("person-{id}");
    let class = if open { "card person open" } else { "card person" };
    m.open("li", &[("class", class), ("data-id", &id)]);
    m.open("h2", &[("id", &heading), ("tabindex", "-1")]).text(t.name_of(&p.details.name)).close("h2");
    let pack = ctx.pack(&p.pack_id, p.pack_version);
    let group = pack.as_ref().map_or(p.pack_id.as_str(), |k| k.title.as_str());
    let place = if p.details.place.is_empty() { String::new() } else { format!(" · {}", p.details.place) };
    m.el("p", "", &format!("{group}{place} · {}", p.details.year));
    let progress = match (&pack, p.first_unanswered()) {
        (Some(pack), None) => {
            let s = score(pack, &p.answers, p.details.hard_area);
            fill(t.person_result, &[("verdict", &t.verdict(&s)), ("total", &s.total)])
        }
        _ => fill(t.person_progress, &[("n", &p.answered()), ("total", &INDICATOR_COUNT)]),
    };
    m.el("p", "", &progress);
    m.el("p", "small", &fill(t.person_edited, &[("when", &when(p.updated_ms))]));
    if open {
        m.el("p", "small", t.person_open);
    }

    let button = |m: &mut Markup, action: &str, label: &str, class: &str, bid: &str| {
        let mut attrs = vec![("type", "button"), ("data-action", action)];
        if !class.is_empty() {
            attrs.push(("class", class));
        }
        if !bid.is_empty() {
            attrs.push(("id", bid));
        }
        m.open("button", &attrs).text(label).close("button");
    };
    m.open("div", &[("class", "actions")]);
    match doing {
        Doing::Renaming(r) if *r == p.id => {
            m.open("form", &[("class", "rename")]);
            m.open("label", &[("class", "field")]).el("span", "", t.rename_label);
            let attrs = [
                ("type", "text"),
                ("id", "rename-name"),
                ("name", "name"),
                ("maxlength", "40"),
                ("value", &p.details.name),
            ];
            m.open("input", &attrs).close("label");
            m.open("button", &[("type", "submit"), ("class", "primary")]).text(t.save).close("button");
            button(m, "cancel", t.cancel, "", "");
            m.close("form");
        }
        Doing::Confirming(c, handoff) if *c == p.id => {
            let question = if *handoff { t.confirm_handoff } else { t.confirm_delete };
            m.open("p", &[("role", "alert")])
                .text(&fill(question, &[("name", &t.name_of(&p.details.name))]))
                .close("p");
            button(m, "confirm", t.delete_yes, "danger", "confirm-yes");
            button(m, "cancel", t.cancel, "", "");
        }
        _ => {
            button(m, "open", if open { t.resume } else { t.open_person }, "primary", "");
            button(m, "rename", t.rename, "", "");
            button(m, "delete", t.delete, "", "");
            if p.first_unanswered().is_none() {
                button(m, "handoff", t.handoff, "", "");
            }
        }
    }
    m.close("div").close("li");
}

/// `dd/mm/yyyy hh:mm` in the phone's time zone.
fn when(ms: u64) -> String {
    let d = js_sys::Date::new(&(ms as f64).into());
    format!(
        "{:02}/{:02}/{} {:02}:{:02}",
        d.get_date(),
        d.get_month() + 1,
        d.get_full_year(),
        d.get_hours(),
        d.get_minutes()
    )
}
