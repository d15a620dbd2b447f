/**
 * The phone menu (SiteMenu.astro) is a `<details>` and works without this script. The script adds
 * what a disclosure lacks: Escape closes the open menu and gives focus back to its button, and in
 * browsers without ::details-content (where CSS cannot show a closed menu) wide screens get it open.
 */
const menu = document.querySelector<HTMLDetailsElement>('[data-site-menu]');
const wide = window.matchMedia('(min-width: 60.0625rem)');

if (menu) {
	if (!CSS.supports('selector(::details-content)')) {
		const follow = () => (menu.open = wide.matches);
		follow();
		wide.addEventListener('change', follow);
	}
	menu.addEventListener('keydown', (event) => {
		if (event.key !== 'Escape' || !menu.open || wide.matches) return;
		menu.open = false;
		menu.querySelector('summary')?.focus();
	});
}
