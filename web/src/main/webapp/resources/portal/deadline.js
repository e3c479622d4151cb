// Shows each deadline in the reader's own time zone and counts down to it. The official time is already in
// the page (server-rendered); this only adds to it, so the page works without JavaScript.
(function () {
    function plural(n, unit, lang) {
        try {
            return new Intl.NumberFormat(lang, { style: 'unit', unit: unit, unitDisplay: 'long' }).format(n);
        } catch (e) {
            return n + ' ' + unit;
        }
    }
    function render(el) {
        var target = new Date(el.getAttribute('data-deadline'));
        var lang = el.getAttribute('data-lang') || 'en';
        var local = new Intl.DateTimeFormat(lang, { dateStyle: 'full', timeStyle: 'short' }).format(target);
        var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
        var left = target.getTime() - Date.now();
        var text = el.getAttribute('data-local-label') + ' ' + local + ' (' + zone + ')';
        if (left > 0) {
            var minutes = Math.floor(left / 60000);
            var parts = [plural(Math.floor(minutes / 1440), 'day', lang), plural(Math.floor(minutes / 60) % 24, 'hour', lang),
                plural(minutes % 60, 'minute', lang)];
            text += ' · ' + el.getAttribute('data-left-label').replace('{0}', parts.join(' '));
        }
        el.textContent = text;
        el.hidden = false;
    }
    function all() {
        document.querySelectorAll('[data-deadline]').forEach(render);
    }
    document.addEventListener('DOMContentLoaded', function () {
        all();
        setInterval(all, 30000);
    });
})();
