/*
 * Small progressive enhancements; every page works without them.
 * - The main navigation collapses behind a "Menu" button on narrow screens.
 * - The current page is marked in the navigation (aria-current).
 * - Data tables reflow into one card per row on narrow screens: each cell is labelled with its column.
 */
(function () {
    'use strict';

    function navigation() {
        var nav = document.querySelector('.nav-bar nav');
        var toggle = document.getElementById('nav-toggle');
        var list = document.getElementById('main-nav-list');
        if (!nav || !toggle || !list) {
            return;
        }
        nav.classList.add('js-nav');
        toggle.hidden = false;
        toggle.addEventListener('click', function () {
            var open = toggle.getAttribute('aria-expanded') !== 'true';
            toggle.setAttribute('aria-expanded', String(open));
            list.classList.toggle('open', open);
        });
        var here = window.location.pathname;
        Array.prototype.forEach.call(list.querySelectorAll('a'), function (a) {
            if (a.pathname === here) {
                a.setAttribute('aria-current', 'page');
            }
        });
    }

    function reflowTables() {
        Array.prototype.forEach.call(document.querySelectorAll('table.data-table'), function (table) {
            var headings = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) {
                return th.textContent.trim();
            });
            if (headings.length === 0) {
                return;
            }
            table.classList.add('reflow');
            Array.prototype.forEach.call(table.querySelectorAll('tbody tr'), function (tr) {
                Array.prototype.forEach.call(tr.children, function (cell, i) {
                    if (headings[i] && !cell.hasAttribute('data-label')) {
                        cell.setAttribute('data-label', headings[i]);
                    }
                });
            });
        });
    }

    function start() {
        navigation();
        reflowTables();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
