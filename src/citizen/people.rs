//! Everyone assessed on this device — a volunteer's residents: who, which group, how far or
//! what result, when last edited; open, rename, delete (confirmed, with a short undo), and
//! "sent to the chi hội — remove from this phone".

use std::time::Duration;

use hoctap_core::answers::{Event, Profile, NAME_MAX};
use hoctap_core::pack::INDICATOR_COUNT;
use hoctap_core::route::Route;
use hoctap_core::scoring::score;
use leptos::prelude::*;

use super::again::AgainOffer;
use super::Citizen;
use crate::components::{Button, Buttons, TextField};
use crate::i18n::{fill, Text};
use crate::platform::{clock, location};

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

/// What a person's buttons do.
#[derive(Clone, Copy)]
enum Act {
    Open,
    Rename,
    /// Ask before removing; `true` for "sent to the chi hội — remove from this phone".
    Ask(bool),
    Save,
    Remove,
    Cancel,
}

/// Moves focus to element `id` once the list is drawn again, so keyboard and screen-reader
/// users stay where they were.
fn refocus(id: String) {
    request_animation_frame(move || location::focus(&id));
}

/// The list of people.
#[component]
pub fn PeopleScreen(
    /// The resident page's strings.
    t: &'static Text,
) -> impl IntoView {
    let app = Citizen::get();
    let doing = RwSignal::new(Doing::Nothing);
    let undo = move |_| {
        if let Doing::Removed(p) = doing.get_untracked() {
            let id = p.id;
            app.dispatch(Event::Reinsert(p));
            refocus(format!("person-{id}"));
        }
        doing.set(Doing::Nothing);
    };
    let removed_notice = move || match doing.get() {
        Doing::Removed(p) => Some(view! {
            <div class="notice" role="status">
                <span>{fill(t.removed, &[("name", &t.shell.name_of(&p.details.name))])}</span>
                " "
                <button type="button" id="undo" on:click=undo>{t.undo}</button>
            </div>
        }),
        _ => None,
    };
    let list = move || {
        let mut people: Vec<(Profile, bool)> =
            app.with(|s| s.profiles.iter().map(|p| (p.clone(), s.active == Some(p.id))).collect());
        people.sort_by_key(|(p, _)| std::cmp::Reverse(p.updated_ms));
        let empty = people.is_empty().then(|| view! { <p>{t.people_empty}</p> }.into_any());
        let cards = people
            .into_iter()
            .map(|(p, open)| view! { <PersonCard t=t person=p open=open doing=doing /> }.into_any())
            .collect_view();
        view! {
            {empty}
            <ul class="people">{cards}</ul>
        }
    };
    view! {
        <h1 tabindex="-1">{t.people_heading}</h1>
        <p class="lead">{t.people_intro}</p>
        <div>{removed_notice} {list}</div>
        <div class="actions">
            <a class="button primary" href=Route::Start.to_hash()>{t.add_person}</a>
        </div>
    }
}

/// One person: who, which group, how far or the result, and what can be done.
#[component]
fn PersonCard(
    /// The resident page's strings.
    t: &'static Text,
    /// The assessment.
    person: Profile,
    /// Whether it is the one open now.
    open: bool,
    /// What the list is in the middle of.
    doing: RwSignal<Doing>,
) -> impl IntoView {
    let app = Citizen::get();
    let id = person.id;
    let heading = format!("person-{id}");
    let pack = untrack(|| app.pack(&person.pack_id, person.pack_version));
    let group = pack.as_ref().map_or(person.pack_id.clone(), |k| k.title.clone());
    let place =
        if person.details.place.is_empty() { String::new() } else { format!(" · {}", person.details.place) };
    let progress = match (&pack, person.first_unanswered()) {
        (Some(pack), None) => {
            let s = score(pack, &person.answers, person.details.hard_area);
            fill(t.person_result, &[("verdict", &t.verdict(&s)), ("total", &s.total)])
        }
        _ => fill(t.person_progress, &[("n", &person.answered()), ("total", &INDICATOR_COUNT)]),
    };
    let name = t.shell.name_of(&person.details.name).to_string();
    let finished = person.first_unanswered().is_none();

    let new_name = RwSignal::new(person.details.name.clone());
    let act = Callback::new(move |act: Act| match act {
        Act::Open => {
            app.dispatch(Event::Switch { id });
            if let Some(p) = app.with_untracked(|s| s.active().cloned()) {
                location::go(&p.resume_at());
            }
        }
        Act::Rename => {
            doing.set(Doing::Renaming(id));
            refocus("rename-name".into());
        }
        Act::Ask(handoff) => {
            doing.set(Doing::Confirming(id, handoff));
            refocus("confirm-yes".into());
        }
        Act::Save => {
            app.dispatch(Event::Rename { id, name: new_name.get_untracked() });
            doing.set(Doing::Nothing);
            refocus(format!("person-{id}"));
        }
        Act::Remove => {
            let removed = app.with_untracked(|s| s.profiles.iter().find(|p| p.id == id).cloned());
            app.dispatch(Event::Delete { id });
            doing.set(removed.map_or(Doing::Nothing, |p| Doing::Removed(Box::new(p))));
            refocus("undo".into());
            // A short undo: the offer goes after a while (unless another removal replaced it).
            set_timeout(
                move || {
                    if matches!(doing.get_untracked(), Doing::Removed(p) if p.id == id) {
                        doing.set(Doing::Nothing);
                    }
                },
                Duration::from_secs(UNDO_SECONDS),
            );
        }
        Act::Cancel => {
            doing.set(Doing::Nothing);
            refocus(format!("person-{id}"));
        }
    });
    let actions = move || match doing.get() {
        Doing::Renaming(r) if r == id => view! {
            <form
                class="rename"
                on:submit=move |ev| {
                    ev.prevent_default();
                    act.run(Act::Save);
                }
            >
                <TextField label=t.rename_label value=new_name max=NAME_MAX name="name" id="rename-name" />
                <button type="submit" class="primary">{t.save}</button>
                <Buttons buttons=vec![Button::new(t.cancel, Act::Cancel)] on=act />
            </form>
        }
        .into_any(),
        Doing::Confirming(c, handoff) if c == id => {
            let question = if handoff { t.confirm_handoff } else { t.confirm_delete };
            let buttons = vec![
                Button { class: "danger", id: Some("confirm-yes"), ..Button::new(t.delete_yes, Act::Remove) },
                Button::new(t.cancel, Act::Cancel),
            ];
            view! {
                <p role="alert">{fill(question, &[("name", &name)])}</p>
                <Buttons buttons=buttons on=act />
            }
            .into_any()
        }
        _ => {
            let mut buttons = vec![
                Button {
                    class: "primary",
                    ..Button::new(if open { t.resume } else { t.open_person }, Act::Open)
                },
                Button::new(t.rename, Act::Rename),
                Button::new(t.delete, Act::Ask(false)),
            ];
            if finished {
                buttons.push(Button::new(t.handoff, Act::Ask(true)));
            }
            view! { <Buttons buttons=buttons on=act /> }.into_any()
        }
    };
    view! {
        <li class=if open { "card person open" } else { "card person" }>
            <h2 id=heading tabindex="-1">{t.shell.name_of(&person.details.name).to_string()}</h2>
            <p>{format!("{group}{place} · {}", person.details.year)}</p>
            <p>{progress}</p>
            <p class="small">{fill(t.person_edited, &[("when", &clock::local_date_time(person.updated_ms))])}</p>
            {open.then(|| view! { <p class="small">{t.person_open}</p> }.into_any())}
            <div class="actions">{actions}</div>
            <AgainOffer t=t profile=person />
        </li>
    }
}
