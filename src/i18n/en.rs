//! English: the second language. Criteria text stays Vietnamese (it comes from the packs).

use super::{CameraWords, ReportText, ShareWords, ShellText, TallyText, Text};
use hoctap_core::answers::Lang;

pub static TEXT: Text = Text {
    shell: ShellText {
        lang_code: "en",
        title: "Learning Citizen — Self-assessment",
        brand: "Learning Citizen — Self-assessment",
        other_lang: "Tiếng Việt",
        other_lang_code: Lang::Vi,
        nav_label: "Pages",
        loading: "Loading…",
        problem_heading: "Something went wrong",
        storage_damaged: "The data saved on this device is damaged or not from this app, so it cannot \
                          be read. The original was put aside so nothing is lost. Press “Start over” \
                          to begin again.",
        storage_newer: "The data on this device was saved by a newer version of the app. Press \
                        “Reload” to get the newest version. If you still see this, press “Start \
                        over” (the original was put aside).",
        storage_blocked: "The browser blocks saving, so answers are lost when the page closes. Leave \
                          private mode or allow this site to store data.",
        save_failed: "What you just chose or typed could not be saved (browser storage may be full). \
                      Everything saved before is still there. Free some browser storage, then do it \
                      again.",
        start_over: "Start over",
        reload: "Reload",
        packs_unavailable: "The list of criteria could not be loaded. Check the network, then \
                            press “Reload”.",
        update_ready: "A new version of the app is available.",
        update_reload: "Reload",
        other_tab:
            "This assessment was just updated in another tab of the browser. This screen now shows the latest.",
        in_app: "You opened this page inside {app}. Here it cannot be kept for use without a network \
                 and cannot send the result. Tap the ⋯ (or ⋮) button at the top and choose “Open in \
                 browser” (Chrome or Safari).",
        in_app_other: "another app",
        nameless: "No name",
    },
    share_problems: ShareWords {
        empty: "The link holds no sheet. Ask the sender to share it again.",
        damaged: "The link is damaged: part of it may have been cut off or mistyped when it \
                         was copied. Copy it again in full, or scan the QR code.",
        newer: "A newer version of the app made this sheet. Press “Reload” to get \
                       the newest version.",
        foreign: "This link is not a sheet of the Learning Citizen app, or it was altered. Ask \
                         the sender to share it again.",
    },
    start_heading: "Learning Citizen self-assessment",
    start_intro: "Answer 10 short questions, one per page, to see whether you reach the \
                  “Learning Citizen” title and where to do more.",
    boot_failed: "The app could not open: its main part did not download. Check the connection \
                  and reload the page. If that does not help, open the page in Chrome or \
                  Safari.",
    private_note: "Your answers stay on this device. No account, nothing is sent anywhere \
                   unless you share it yourself.",
    choose_group: "Which group are you in?",
    older_set: "Older criteria (Decision 244/QĐ-KHVN, 2022)",
    name_label: "Name or nickname (optional, at most 40 characters)",
    place_label: "Village / residential group (optional, at most 40 characters)",
    year_label: "Year of assessment",
    hard_area_label: "I live in a remote, especially disadvantaged or ethnic-minority area",
    hard_area_hint: "Where the local study-promotion association uses this level, {hard} points are \
                     enough in these areas instead of {normal}. The sheet says which level was used.",
    hard_area_hint_plain: "Where the local study-promotion association uses this level, fewer points \
                           are enough in these areas. The sheet says which level was used.",
    begin: "Start",
    choose_group_first: "Choose your group above, then press “Start”.",
    resume_heading: "Unfinished assessment",
    resume_detail: "{name} · {group} · {n}/{total} answered",
    resume: "Continue",
    see_result: "See the result",
    again: "Assess {year}",
    again_hint: "The title is given one year at a time. Assess {year}: the same group, name and \
                 village, empty answers; the {before} assessment is kept.",
    earlier_choice: "In {year} you chose: {choice}",
    change_heading: "Compared with {year}",
    change_line: "{what}: {before} points in {year}, {now} points this year ({how}).",
    change_up: "up {n} points",
    change_down: "down {n} points",
    change_same: "no change",
    rose_heading: "Questions with more points",
    fell_heading: "Questions with fewer points",
    none_changed: "No question changed its points.",
    question_n: "Question {n}",
    year_invalid: "The year must be a year from {min} to {max}. Correct the “Year of assessment” box, then press \
                   “Start”.",
    note_not_saved: "The evidence note just typed could not be saved (the browser's storage may be \
                     full). Copy it onto paper, free some browser storage, then type it again.",

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
    copy_by_hand: "Could not copy by itself. Press and hold the link box above, select all and \
                   copy.",

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
    shared_pack_gone: "The sheet uses criteria pack “{id}” version {version}, which this app does \
                       not have, so it cannot be scored. Press “Reload” to get the newest one.",
    own_assessment: "Assess myself",
    add_to_chi_hoi: "Save to the chi hội list on this device",
    chi_hoi_page: "For chi hội khuyến học: tally results, print posters",
    preset_from: "From the poster of: ",
    preset_damaged: "The poster's code could not be read: scan it again, or fill in the form \
                     below.",
    preset_newer: "A newer version of the app made this poster: reload the page, or fill in the \
                   form below.",
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

    pack_error: "Criteria file “{file}” has a problem at “{field}”: {what}. This group cannot be \
                 used for now; the other groups work as usual. Please tell whoever manages the \
                 app for your association.",
    pack_missing: "the file could not be downloaded (status {status})",
    pack_missing_offline: "the file could not be downloaded: no network",
    pack_syntax: "the file is not valid JSON (a comma or bracket may be missing, or the file is \
                  cut off)",
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

/// The camera that reads QR codes, on the chi hội and report pages.
const CAMERA: CameraWords = CameraWords {
    start: "Turn on the camera to scan",
    stop: "Turn off the camera",
    looking: "Hold the QR code in the middle of the picture…",
    denied: "The camera is not allowed. Allow it in the browser's settings and press again, \
             or paste links below.",
    no_camera: "This device has no camera. Paste links or import a file below.",
    unsupported: "This browser cannot open the camera (use Chrome or Safari, on an https \
                  address). Paste links or import a file below.",
    failed: "The camera could not be opened (another app may be using it). Try again, or \
             paste links below.",
    video_label: "Camera picture",
};

/// The shell of the chi hội page; the report page shares its wording where it is the same.
const CHI_HOI_SHELL: ShellText = ShellText {
    lang_code: "en",
    title: "Study-promotion association — Learning Citizen tally",
    brand: "Study-promotion association",
    other_lang: "Tiếng Việt",
    other_lang_code: Lang::Vi,
    nav_label: "Association pages",
    loading: "Loading…",
    problem_heading: "Something went wrong",
    storage_damaged: "The association's data on this device cannot be read (damaged or edited). \
                      The original was kept aside. You can start over with an empty list and \
                      import a backup file again.",
    storage_newer: "The association's data was saved by a newer version of the app. Reload the \
                    page to update.",
    storage_blocked: "This browser does not allow saving (perhaps a private window): the list \
                      will be lost when the page closes. Open it in Chrome or Safari normally.",
    save_failed: "The device is out of storage: the last change was not saved; what was saved \
                  before is still there. “Save a copy to a file” (Export page), then remove old \
                  years' results.",
    start_over: "Start over",
    reload: "Reload the page",
    packs_unavailable: "The criteria could not be loaded, so nothing can be scored yet. Check the \
                        network and reload the page.",
    update_ready: "A new version of the app is ready.",
    update_reload: "Reload",
    other_tab:
        "The list was just updated from another tab of this browser. This screen now shows the latest.",
    in_app: "This page is open inside {app}, where the list may be lost. Tap the three dots \
             and choose “Open in browser”.",
    in_app_other: "another app (Zalo, Facebook…)",
    nameless: "No name given",
};

/// The chi hội page (`chihoi.html`).
pub static TALLY: TallyText = TallyText {
    shell: CHI_HOI_SHELL,
    link_reasons: ShareWords {
        empty: "the link has no result code",
        damaged: "the link was cut or mistyped, ask for it again",
        newer: "the link was made by a newer version, reload the page",
        foreign: "it is not a result link of this app",
    },
    nav_overview: "Overview",
    nav_add: "Add results",
    nav_list: "List",
    nav_export: "Export, print",
    nav_poster: "Poster",
    nav_report: "Yearly report",

    overview_heading: "Overview of results",
    overview_empty: "No results on this device yet. Results residents send (links, QR codes, \
                     backup files) are added on the “Add results” page.",
    add_first: "Add results",
    chi_hoi_missing: "The association has no name yet. It is printed on posters and on the list \
                      sent upward.",
    fill_chi_hoi: "Fill in the association's details",
    year_label: "Year",
    all_years: "All years",
    reached_summary: "{reached}/{total} people reached the title ({percent} %)",
    chart_label: "Reached {reached}, not yet {not_yet}, unfinished {incomplete}",
    legend_reached: "Reached: {n}",
    legend_not_yet: "Not yet: {n}",
    legend_incomplete: "Unfinished: {n}",
    by_group_heading: "By group",
    by_place_heading: "By village or residential group",
    no_place: "No village given",
    row_counts: "{reached}/{total} reached ({percent} %)",
    row_before: " · {year}: {percent} %",
    total_before: "In {year}: {reached}/{total} reached the title ({percent} %).",
    indicators_heading: "Average of each indicator",
    indicators_intro: "Out of 10 points. Weak indicators are shown in bold and tagged “low”.",
    indicator_label: "Indicator {code}",
    average: "{avg} points",
    weakest_tag: "low",
    weakest_heading: "Weakest indicators",
    weakest_intro: "Classes or talks at the community learning centre on these would help most:",
    weakest_below: "Average {avg} points; {n} people below the minimum.",
    weakest_none: "No indicator is weak: every one averages {avg} points or more, and nobody is under \
                   the minimum.",
    marks_line: "Evidence checked: {checked}/{total}. Proposed for the title: {proposed}.",
    unscored: "{n} results use the criteria “{id}” version {version}, which this device does \
               not have, so they are not counted. Reload the page when online.",

    add_heading: "Add results",
    add_intro: "Residents send their result as a link, a QR code or a file. Adding someone twice \
                does no harm: for the same person and year the newer result replaces the older.",
    scan_heading: "Scan the QR code on a resident's phone",
    camera: CAMERA,
    scan_not_result: "That QR code is not a self-assessment result.",
    paste_heading: "Paste links",
    paste_label: "Paste one or more result links (one per line; whole Zalo messages are fine)",
    paste_add: "Add to the list",
    file_heading: "Import a file",
    file_label: "Choose a file",
    file_hint: "A backup file from a volunteer's phone (the “Save a copy to a file” button), the \
                association's own backup, or a text file with links.",
    file_newer: "This file was made by a newer version of the app. Reload the page to update, \
                 then import it again.",
    file_damaged: "This file is damaged (cut short or edited). Ask for the original file.",
    file_nothing: "This file has no results and no result links.",
    file_unreadable: "This file could not be read. Choose it again.",
    report_not_saved: "{n} results just added could not be saved: the device is out of storage. \
                       The list keeps them only until the page is reloaded. Go to “Export, \
                       print” to save the list to a file now, then free up storage and add them \
                       again.",
    report_added: "Added {n} results.",
    report_replaced: "Replaced {n} older results of the same person and year with the newer \
                      ones: {names}.",
    report_more: "and {n} more",
    report_unchanged: "{n} results were already there and were left as they are.",
    report_problems: "{n} links could not be read:",
    report_problem_line: "line {line}: {why}",
    report_nothing: "No result links found. A result link looks like …/#r=…",
    see_list: "See the list",
    not_saved_one: "The result of {who} could not be saved: the device is out of storage. The \
                    list keeps it only until the page is reloaded. Free up storage, then add it \
                    again.",
    added_one: "Added to the association's list: {who}.",
    replaced_one: "Replaced the older result with the newer one: {who}.",
    already_one: "Already in the list, left as it is: {who}.",
    who: "{name} ({place}, {year})",
    link_problem: "The result could not be added: {why}.",

    list_heading: "List of results",
    list_count: "Showing {shown} of {total} results.",
    filter_legend: "Filter the list",
    search_label: "Search by name",
    place_filter: "Village",
    all_places: "All",
    verdict_filter: "Result",
    status_filter: "Marks",
    any: "All",
    to_check: "Evidence not checked",
    entry_points: "{total}/100 points: {verdict}",
    unscored_entry: "Not scored: this device does not have its criteria",
    has_notes: "Has evidence notes",
    mark_checked: "Evidence checked",
    mark_proposed: "Proposed for the title",
    propose_only_reached: "Only people who reached the title can be proposed.",
    view_sheet: "View sheet",
    remove: "Remove",
    removed: "Removed {name} from the list.",
    undo: "Undo",
    undo_refused: "Cannot undo: a newer result of the same person was added since.",
    more: "Show more",
    list_empty: "No results match.",

    export_heading: "Export and print",
    csv_heading: "CSV file for Excel",
    csv_intro: "One row per person: the points of each indicator, the total, the result and the \
                association's marks. Opens in Excel with Vietnamese intact.",
    csv_download: "Download the CSV file",
    print_heading: "List proposed for the title",
    print_intro: "Everyone marked “Proposed for the title” on the List page.",
    print_button: "Print the list",
    print_empty: "Nobody is marked “Proposed for the title” for {year} yet. Mark people on the \
                  List page.",
    list_title: "List proposed for the title Learning Citizen, {year}",
    list_org_blank: "Study-promotion association ……………………",
    list_commune: "Commune / ward: {commune}",
    col_number: "No.",
    col_name: "Full name",
    col_place: "Village",
    col_group: "Group",
    col_points: "Total points",
    col_evidence: "Evidence checked",
    list_total: "In total: {n} people.",
    list_date: "……………, date …… / …… / {year}",
    sign_maker: "Prepared by",
    sign_chi_hoi: "For the study-promotion association",
    sign_hint: "(signature and full name)",
    backup_heading: "The association's backup",
    backup_intro: "Save the whole list to a file, to keep it safe or to move it to another \
                   device (import it on the “Add results” page).",
    backup_save: "Save a copy to a file",

    poster_heading: "Poster for the cultural house",
    poster_intro: "The QR code on the poster opens the self-assessment with the commune and \
                   village (and group, if chosen) filled in. These details are also printed on \
                   the list sent upward.",
    info_legend: "The association's details",
    chi_hoi_name_label: "Name of the association (e.g. Chi hội Khuyến học thôn Đông)",
    commune_label: "Commune / ward",
    place_label: "Village / residential group",
    hard_area_label: "Remote, very disadvantaged or ethnic-minority area",
    group_label: "Group chosen for people who scan",
    no_group: "None (residents choose)",
    contact_label: "Contact line (e.g. Ask Ms Lan, head of the association, 0912 345 678)",
    poster_title: "Learning Citizen self-assessment",
    poster_for: "For the residents of {place}",
    poster_steps: [
        "Open your phone's camera, point it at this QR code and tap the link that appears.",
        "Choose your group and answer 10 short questions, one per page.",
        "On the result page, press “Send the link” (or “Copy the link”) to send it by Zalo, or show the \
         result's QR code to the association.",
    ],
    poster_threshold: "Here {hard} points are enough (the level for disadvantaged areas).",
    poster_link_hint: "Or type the address:",
    poster_private: "No account needed. Your answers stay on your phone.",
    poster_print: "Print the poster",
    poster_qr_label: "QR code that opens the self-assessment",
    link_length: "The poster's link is {n} characters long.",
    link_too_long: "The link is longer than {max} characters, so the QR code is dense and hard \
                    to scan from afar. Write the commune and village names shorter.",

    reached: "Reached",
    not_yet: "Not yet",
    incomplete: "Unfinished",
    yes: "Yes",
    no: "No",
    decimal: '.',
    csv: hoctap_core::tally::csv::CsvText {
        number: "No.",
        name: "Full name",
        place: "Village",
        group: "Group",
        pack: "Criteria",
        year: "Year",
        hard_area: "Disadvantaged area",
        indicator: "Indicator",
        competency: "Competency",
        total: "Total",
        verdict: "Result",
        evidence_checked: "Evidence checked",
        proposed: "Proposed for the title",
        notes: "Evidence notes",
        reached: "Reached",
        not_yet: "Not yet",
        incomplete: "Unfinished",
        unscored: "Not scored",
        yes: "Yes",
        no: "No",
    },
};

/// The report page (`baocao.html`).
pub static REPORT: ReportText = ReportText {
    shell: ShellText {
        title: "Yearly report — Learning Citizen",
        brand: "Study-promotion association: yearly report",
        storage_damaged: "The report data on this device cannot be read (damaged or edited). The \
                          original was kept aside. You can start over and paste the report links \
                          again.",
        storage_newer: "The report data was saved by a newer version of the app. Reload the page to \
                        update.",
        storage_blocked: "This browser does not allow saving (perhaps a private window): the reports \
                          received will be lost when the page closes. Open it in Chrome or Safari \
                          normally.",
        save_failed: "The device is out of storage: the last change was not saved; what was saved \
                      before is still there. Free some space, then do it again.",
        other_tab: "The reports were just updated from another tab of this browser. This screen now \
                    shows the latest.",
        in_app: "This page is open inside {app}, where the data may be lost. Tap the three dots \
                 and choose “Open in browser”.",
        ..CHI_HOI_SHELL
    },
    link_reasons: ShareWords {
        empty: "the link has no report code",
        damaged: "the link was cut or mistyped; ask for it again",
        newer: "the report was made by a newer version of the app; reload the page",
        foreign: "not a report link of this app",
    },
    nav_chi_hoi: "Chi hội page",
    year_label: "Year",
    no_place: "No village given",
    list_date: "……………, date …… / …… / {year}",
    sign_hint: "(signature and full name)",
    file_unreadable: "This file could not be read. Choose it again.",
    problem_line: "Line {line} cannot be read: {why}.",
    decimal: '.',
    nav: "Yearly report",
    heading: "Yearly report",
    intro: "The report sent to the association above holds numbers only, no names. The list \
            of people proposed for the title is still printed under “Export, print”.",
    mode_legend: "Make the report from",
    mode_own: "The chi hội's results",
    mode_own_detail: "From the results added, per thôn or tổ dân phố",
    mode_rollup: "Reports of the units below",
    mode_rollup_detail: "Add up the reports the chi hội (or the xã) sent up",
    plans_heading: "Adults and target of each thôn",
    plans_intro: "Enter once: how many adults live in the thôn and the target the year's plan \
                  sets (for example 60 %). This device remembers them.",
    adults_label: "Adults",
    percent_label: "Target (%)",
    new_place_label: "Thôn or tổ dân phố with no result yet",
    new_place_add: "Add thôn",
    bad_adults: "{place}: the number of adults must be a whole number, for example 412 or 1,250. \
                 It was not saved.",
    bad_percent: "{place}: the target must be a whole number from 0 to 100, for example 60. It \
                  was not saved.",
    overfull: "{place}: more people assessed themselves ({assessed}) than adults live there \
               ({adults}). Correct the number of adults before sending the report.",
    left_unfinished: "Not counted: {n} unfinished results.",
    left_unscored: "Not counted: {n} results that cannot be scored (their criteria are not on this \
                    device).",
    unit_label: "Name of the unit sending the report (for example: Hội Khuyến học xã Tân Phú)",
    receive_heading: "Add reports received",
    camera: CAMERA,
    scan_not_report: "That QR code is not a report.",
    paste_label: "Paste report links (one per line; a whole Zalo message is fine)",
    paste_add: "Add reports",
    file_label: "Or choose a report file",
    file_hint: "The “Save report file” a unit below sent, or a text file with report links.",
    added: "{n} report(s) added.",
    replaced: "An older report was replaced by the newer one of: {units}.",
    unchanged: "{n} report(s) were already here, kept.",
    older: "Kept the report already here, made after the one just pasted: {units}.",
    own_refused: "Not added: the report of your own unit: {units}.",
    other_level: "Not added: a report of another level than those already here for this year (the \
                  level above already counts those people): {units}.",
    nothing: "No report link found. A report link looks like …#bc=…",
    not_saved: "Not saved: this device's storage is full. Free some space, then add again.",
    own_none: "No result for {year} on this device yet.",
    received_none: "No report for {year} yet.",
    lines_shown: "Showing {shown} of {n} lines (by name). The total, the CSV file and the report \
                  file hold all {n}.",
    show_all: "Show all {n} lines",
    title: "Report on building the Learning Citizen model, {year}",
    levels: ["Chi hội", "Xã, phường, đặc khu", "Tỉnh, thành phố", "All provinces"],
    unit_blank: "Unit: ……………………",
    columns: [
        "Thôn, tổ dân phố",
        "Adults",
        "Assessed",
        "Reached",
        "% reached of assessed",
        "% reached of adults",
        "Target (people)",
        "Still needed (people)",
        "Proposed for the title",
    ],
    column_units: "Unit",
    total: "Total",
    unknown: "—",
    missing_adults: "“—”: {n} thôn or units have no number of adults and target yet, so the share \
                     of adults and what is still needed cannot be computed.",
    groups_heading: "By group",
    group_columns: ["Group", "Assessed", "Reached", "% reached", "Proposed for the title"],
    indicators_heading: "Each indicator",
    indicator_columns: ["Indicator", "Answered", "Average points", "Under 5 points (classes would help)"],
    rounding: "Target (people) = adults × target %, rounded up. Still needed in the total = total \
               target − total reached. Percentages are computed from the numbers of people, to \
               one decimal place.",
    sign_maker: "Prepared by",
    sign_head: "For the unit",
    send_heading: "Send the report up",
    send_intro: "Send the link by Zalo, let the level above scan the QR code, or send the file. \
                 They open the link, or scan or choose the file on the “Yearly report” page.",
    qr_label: "QR code of the report",
    qr_too_long: "The report is too long for one QR code.",
    link_too_long: "This report is too long to send as a link. Press “Save report file” and send \
                    the file (by Zalo too).",
    link_label: "Report link",
    share: "Send link",
    copy: "Copy link",
    shared: "Link sent.",
    copied: "Link copied. Paste it into a message.",
    copy_by_hand: "Could not copy automatically. Press and hold the link box to copy it.",
    save_file: "Save report file",
    save_csv: "Download CSV file",
    print: "Print report",
    name_missing: "Fill in the name of the unit sending the report above: the level above \
                   receives many reports and tells them apart by name.",
    cannot_send: "This report cannot be sent yet: fix what is said above first.",
    opened_heading: "Report received",
    opened_intro: "This is a report a unit sent up. Press the button below to add it to your \
                   roll-up.",
    opened_add: "Add to my roll-up",
    link_problem: "This report cannot be read: {why}.",
};
