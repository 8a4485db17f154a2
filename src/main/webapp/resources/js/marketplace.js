/*
 * Small progressive enhancements; every page works without them.
 * - The main navigation collapses behind a "Menu" button on narrow screens.
 * - The current page is marked in the navigation (aria-current).
 * - Data tables reflow into one card per row on narrow screens: each cell is labelled with its column.
 * - Complete tables (not those paged by the server, which sort there) sort by any column: each
 *   heading becomes a button, and aria-sort says how the table is sorted. Amounts, counts, per cents
 *   and dates sort by value; words alphabetically.
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
            Array.prototype.forEach.call(table.querySelectorAll('tbody tr, tfoot tr'), function (tr) {
                Array.prototype.forEach.call(tr.children, function (cell, i) {
                    if (headings[i] && !cell.hasAttribute('data-label')) {
                        cell.setAttribute('data-label', headings[i]);
                    }
                });
            });
        });
    }

    var MONTHS = {jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11};

    /** A cell's value for sorting: a number for amounts, counts, per cents and UK dates; otherwise its text. */
    function sortValue(cell) {
        var text = (cell ? cell.textContent : '').trim();
        var date = /(\d{1,2}) ([A-Za-z]{3})[a-z]* (\d{4})/.exec(text);
        if (date && MONTHS[date[2].toLowerCase()] !== undefined) {
            var time = /(\d{1,2}):(\d{2})(am|pm)?/.exec(text) || [null, '0', '0', null];
            var hours = (+time[1] % (time[3] ? 12 : 24)) + (time[3] === 'pm' ? 12 : 0);
            return {number: Date.UTC(+date[3], MONTHS[date[2].toLowerCase()], +date[1], hours, +time[2]), text: text};
        }
        var amount = /^(-?)£?(-?[\d,]+(\.\d+)?)( ?%| miles)?$/.exec(text);
        if (amount) {
            var n = parseFloat(amount[2].replace(/,/g, ''));
            return {number: amount[1] === '-' ? -n : n, text: text};
        }
        return {number: null, text: text.toLowerCase()};
    }

    function compare(a, b) {
        if (a.number !== null && b.number !== null) {
            return a.number - b.number;
        }
        if (a.number !== null || b.number !== null) {
            return a.number !== null ? -1 : 1; // values before words such as "Not known"
        }
        return a.text.localeCompare(b.text, 'en-GB');
    }

    function sortableTables() {
        Array.prototype.forEach.call(document.querySelectorAll('table'), function (table) {
            var wrapper = table.closest('.ui-datatable');
            if (!table.classList.contains('data-table') && !wrapper) {
                return;
            }
            if (wrapper && wrapper.querySelector('.ui-paginator')) {
                return; // paged by the server: a sort here would order one page only
            }
            var body = table.tBodies[0];
            var headings = table.querySelectorAll('thead tr:last-child th');
            if (!body || body.rows.length < 2 || headings.length === 0 || body.querySelector('td[colspan]')) {
                return;
            }
            Array.prototype.forEach.call(headings, function (th, column) {
                var label = th.textContent.trim();
                if (!label || th.classList.contains('no-sort')) {
                    return;
                }
                var button = document.createElement('button');
                button.type = 'button';
                button.className = 'sort-button';
                button.textContent = label;
                th.textContent = '';
                th.appendChild(button);
                th.setAttribute('aria-sort', 'none');
                button.addEventListener('click', function () {
                    var ascending = th.getAttribute('aria-sort') !== 'ascending';
                    Array.prototype.forEach.call(headings, function (other) {
                        if (other.hasAttribute('aria-sort')) {
                            other.setAttribute('aria-sort', 'none');
                        }
                    });
                    th.setAttribute('aria-sort', ascending ? 'ascending' : 'descending');
                    var rows = Array.prototype.slice.call(body.rows);
                    rows.sort(function (x, y) {
                        var order = compare(sortValue(x.cells[column]), sortValue(y.cells[column]));
                        return ascending ? order : -order;
                    });
                    rows.forEach(function (row) {
                        body.appendChild(row);
                    });
                });
            });
        });
    }

    function start() {
        navigation();
        reflowTables();
        sortableTables();
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', start);
    } else {
        start();
    }
})();
