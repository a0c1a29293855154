//! The smallest Yew page that renders something: the baseline for the app's first render.
use yew::prelude::*;

#[component]
fn App() -> Html {
    html! { <p id="rendered">{ "Hej" }</p> }
}

fn main() {
    yew::Renderer::<App>::new().render();
}
