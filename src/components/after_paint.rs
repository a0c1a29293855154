//! A hook for content nobody sees at first (print-only sections): built after the first paint.

use crate::browser::timer;
use yew::prelude::*;

/// False during the first render, true from the task after the browser first painted.
#[hook]
pub fn use_after_first_paint() -> bool {
    let ready = use_state(|| false);
    {
        let ready = ready.clone();
        use_effect_with((), move |_| timer::after_paint(move || ready.set(true)));
    }
    *ready
}
