// Digest page: while a released digest's documents are being generated, follow their progress and show the
// download links as soon as every document is ready. Without JavaScript the page shows the progress as it was.
(function () {
    "use strict";
    var pending = Array.prototype.slice.call(document.querySelectorAll(".digest-file[data-status='QUEUED'], .digest-file[data-status='RUNNING']"));
    if (pending.length === 0 || !window.fetch) {
        return;
    }
    function poll() {
        Promise.all(pending.map(function (item) {
            return fetch(item.getAttribute("data-status-url"), {headers: {"Accept": "application/json"}})
                .then(function (response) { return response.ok ? response.json() : null; })
                .then(function (status) {
                    if (!status) {
                        return false;
                    }
                    var bar = item.querySelector("progress");
                    var count = item.querySelector(".progress-count");
                    if (bar) { bar.value = status.percent; bar.textContent = status.percent + " %"; }
                    if (count) { count.textContent = status.done + " / " + status.total; }
                    return status.status === "DONE" || status.status === "FAILED";
                })
                .catch(function () { return false; });
        })).then(function (finished) {
            if (finished.every(Boolean)) {
                window.location.reload();
            } else {
                window.setTimeout(poll, 1500);
            }
        });
    }
    window.setTimeout(poll, 1000);
}());
