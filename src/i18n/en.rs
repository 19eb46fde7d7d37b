//! English: the second language. Criteria text stays Vietnamese (it comes from the packs).

use super::Text;
use hoctap_core::answers::Lang;

pub static TEXT: Text = Text {
    lang_code: "en",
    app_title: "Learning Citizen — Self-assessment",
    other_lang: "Tiếng Việt",
    other_lang_code: Lang::Vi,
    loading: "Loading…",

    start_heading: "Learning Citizen self-assessment",
    start_intro: "Answer 10 short questions, one per page, to see whether you reach the \
                  “Learning Citizen” title and where to do more.",
    private_note: "Your answers stay on this device. No account, nothing is sent anywhere \
                   unless you share it yourself.",
    choose_group: "Which group are you in?",
    older_set: "Older criteria (Decision 244/QĐ-KHVN, 2022)",
    name_label: "Name or nickname (optional)",
    place_label: "Village / residential group (optional)",
    year_label: "Year of assessment",
    hard_area_label: "I live in a remote, especially disadvantaged or ethnic-minority area",
    hard_area_hint: "In these areas {hard} points are enough instead of {normal}.",
    hard_area_hint_plain: "In these areas fewer points are enough for the title.",
    begin: "Start",
    choose_group_first: "Choose your group above, then press “Start”.",
    resume_heading: "Unfinished assessment",
    resume_detail: "{name} · {group} · {n}/{total} answered",
    resume: "Continue",
    see_result: "See the result",
    nameless: "No name",

    progress: "Question {n}/{total}",
    example_label: "Example",
    choose_level: "Choose the level that fits you best:",
    points: "{n} points",
    back: "Back",
    next: "Next question",
    to_start: "Back to start",

    result_heading: "Self-assessment result",
    verdict_reached: "Learning Citizen title reached",
    verdict_not_yet: "Learning Citizen title not reached yet",
    verdict_incomplete: "{n} questions still unanswered",
    total: "Total: {total}/{max}",
    rule: "Needs {threshold} points or more and no indicator below {floor} points.",
    rule_hard_area: "The disadvantaged-area threshold applies.",
    missing_points: "{n} points short of {threshold}.",
    blockers_heading: "Indicators to work on (below {floor} points)",
    below_floor_item: "Question {n}: {points} points",
    unanswered_heading: "Unanswered questions",
    tip_label: "What to do next:",
    answers_heading: "Your answers",
    not_answered: "Not answered",
    edit: "Change answer {n}",
    answer_now: "Answer question {n}",
    new_assessment: "New assessment",
    source_label: "Source of the criteria:",
    pack_line: "{title} · version {version}",
    person_line: "{name} · {place} · {year}",
    note_label: "Evidence (optional)",
    note_hint: "A short note that backs up your answer, for example “Computer course \
                certificate, 2025”. It is saved at once and printed on the sheet.",
    note_on_answer: "Evidence:",

    share_heading: "Send the result to the study-promotion association",
    share_intro: "The association scans this QR code, or you send the link by Zalo or \
                  Messenger. Your answers are inside the link; no server keeps them.",
    qr_label: "QR code of the result link",
    qr_too_long: "The link is too long for a QR code. Untick the evidence notes, or send the link.",
    with_notes: "Include the evidence notes in the link (the link gets longer)",
    link_label: "Result link",
    share: "Send the link",
    copy_link: "Copy the link",
    print: "Print the sheet",
    shared_ok: "The phone’s share menu was opened.",
    copied: "Link copied. Paste it into Zalo or a message to send it.",
    copy_by_hand: "Could not copy by itself. Press and hold the link box above, select all and copy.",

    sheet_org: "STUDY-PROMOTION ASSOCIATION: ………………………………",
    sheet_title: "LEARNING CITIZEN SELF-ASSESSMENT {year}",
    sheet_name: "Name",
    sheet_group: "Group",
    sheet_place: "Village / residential group",
    sheet_hard_area: "Disadvantaged area",
    sheet_points_of: "{n}/10",
    sheet_evidence: "Evidence",
    sheet_total: "Total",
    sheet_verdict: "Result",
    sheet_qr: "Scan to open this sheet again",
    sign_self: "Person assessed",
    sign_chi_hoi: "Confirmed by the study-promotion association",
    sign_hint: "(Signature and full name)",
    yes: "Yes",
    no: "No",

    shared_heading: "Self-assessment sheet",
    shared_intro: "Someone sent you this sheet. The points are recomputed from the answers with \
                   the criteria pack, never taken from the link. It is only shown, not saved here.",
    shared_empty: "The link holds no sheet. Ask the sender to share it again.",
    shared_damaged: "The link is damaged: part of it may have been cut off or mistyped when it \
                     was copied. Copy it again in full, or scan the QR code.",
    shared_newer: "A newer version of the app made this sheet. Press “Reload” to get \
                   the newest version.",
    shared_foreign: "This link is not a sheet of the Learning Citizen app, or it was altered. Ask \
                     the sender to share it again.",
    shared_pack_gone: "The sheet uses criteria pack “{id}” version {version}, which this app does \
                       not have, so it cannot be scored. Press “Reload” to get the newest one.",
    own_assessment: "Assess myself",
    in_app: "You opened this page inside {app}. Here it cannot be kept for use without a network \
             and cannot send the result. Tap the ⋯ (or ⋮) button at the top and choose “Open in \
             browser” (Chrome or Safari).",
    in_app_other: "another app",
    other_tab:
        "This assessment was just updated in another tab of the browser. This screen now shows the latest.",
    update_ready: "A new version of the app is available.",
    update_reload: "Reload",
    ios_keep: "On iPhone, Safari may delete saved answers when the page is not opened for 7 days. To \
               keep them, tap Share and choose “Add to Home Screen”.",
    send_reminder: "This assessment was finished {days} days ago but not sent to the association \
                    yet. Press “See the result” to send it.",
    backup_heading: "Data on this device",
    backup_intro: "Save a copy of every assessment to a file, to keep it when you change phones or \
                   the browser clears its data.",
    backup_save: "Save a copy to a file",
    backup_restore: "Restore from a copy",
    backup_rule: "Assessments in the file are added. When the same one (same group, name, village and \
                  year) is already here, the copy edited last is kept. Nothing here is deleted.",
    backup_done: "Restored: {added} added, {updated} updated, {kept} left as they were.",
    backup_empty: "This file holds no assessment.",
    backup_unreadable: "This file cannot be read: it is not a copy from this app, or it is damaged. \
                        Nothing on this device changed.",
    backup_newer: "A newer version of the app made this file. Reload the page to get the newest \
                   version and try again. Nothing on this device changed.",
    nav_label: "Pages",
    nav_people: "People",
    nav_display: "Text size",
    read_aloud: "Read the question aloud",
    no_vi_voice: "This device has no Vietnamese voice, so it cannot read aloud. Someone nearby can \
                  read it for you.",
    people_heading: "People assessed on this device",
    people_intro: "Each person has their own assessment: open the right name before answering.",
    people_empty: "No assessment on this device yet.",
    person_progress: "{n}/{total} questions answered",
    person_result: "{verdict} · {total} points",
    person_edited: "Last edited: {when}",
    person_open: "This one is open",
    open_person: "Open",
    rename: "Rename",
    rename_label: "New name",
    save: "Save",
    cancel: "No",
    delete: "Delete",
    handoff: "Sent to the association — remove from this phone",
    confirm_delete: "Delete {name}’s assessment from this device?",
    confirm_handoff: "{name}’s assessment was sent to the association. Remove it from this device?",
    delete_yes: "Delete",
    removed: "{name}’s assessment was deleted.",
    undo: "Undo",
    add_person: "Add a person",
    display_heading: "Text size and colours",
    text_size_label: "Text size",
    text_sizes: ["Normal", "Large", "Very large"],
    high_contrast: "High contrast (bold black text, clear borders)",
    display_hint: "Changes apply at once and are remembered on this device.",
    done: "Done",

    problem_heading: "Something went wrong",
    storage_damaged: "The data saved on this device is damaged or not from this app, so it cannot \
                      be read. The original was put aside so nothing is lost. Press “Start over” \
                      to begin again.",
    storage_newer: "The data on this device was saved by a newer version of the app. Press \
                    “Reload” to get the newest version. If you still see this, press “Start \
                    over” (the original was put aside).",
    storage_blocked: "The browser blocks saving, so answers are lost when the page closes. Leave \
                      private mode or allow this site to store data.",
    save_failed: "Your last answer could not be saved (browser storage may be full). Everything \
                  saved before is still there. Free some browser storage, then choose again.",
    start_over: "Start over",
    reload: "Reload",
    packs_unavailable: "The list of criteria could not be loaded. Check the network, then press “Reload”.",
    pack_error: "Criteria file “{file}” has a problem at “{field}”: {what}. This group cannot be \
                 used for now; the other groups work as usual. Please tell whoever manages the \
                 app for your association.",
    pack_missing: "the file could not be downloaded (status {status})",
    pack_missing_offline: "the file could not be downloaded: no network",
    pack_syntax: "the file is not valid JSON (a comma or bracket may be missing, or the file is cut off)",
    pack_missing_field: "this field is missing",
    pack_unknown_field: "the format has no such field (the name may be mistyped)",
    pack_wrong_type: "this field must be {kind}",
    kind_text: "text in double quotes",
    kind_number: "a whole number",
    kind_list: "a list [ … ]",
    kind_object: "an object { … }",
    kind_choice: "one of: {words}",
    pack_format: "the file is for a newer app version (format {n})",
    pack_empty: "this field is empty",
    pack_bad_id: "a pack id may only hold lowercase letters, digits and dashes, 24 at most",
    pack_range: "the number must be between {min} and {max}",
    pack_duplicate: "code “{code}” is used twice",
    pack_unknown_competency: "there is no competency with code “{code}”",
    pack_count: "{expected} items are needed but there are {found}",
    pack_levels_order: "levels must go from most points to fewest, with no repeats",
    pack_no_full_level: "the first level must be worth 10 points",
    pack_out_of_order: "indicators must be listed together, in the competencies' order",
    pack_invalid: "the content is not valid",
    profile_pack_gone: "The open assessment uses criteria “{id}” version {version}, which this app \
                        no longer has. Your answers are still kept on this device. You can start \
                        a new assessment with the current criteria.",
};
