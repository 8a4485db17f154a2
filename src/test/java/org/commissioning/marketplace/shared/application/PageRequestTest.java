package org.commissioning.marketplace.shared.application;

import org.commissioning.marketplace.shared.domain.InvalidInputException;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PageRequestTest {

    @Test
    void offsetIsPageTimesSize() {
        assertEquals(40, new PageRequest(2, 20).offset());
    }

    @Test
    void pagesAreBounded() {
        assertEquals("size", assertThrows(InvalidInputException.class, () -> new PageRequest(0, 201))
                .fieldErrors().keySet().iterator().next());
        assertEquals("size", assertThrows(InvalidInputException.class, () -> new PageRequest(0, 0))
                .fieldErrors().keySet().iterator().next());
        assertEquals("page", assertThrows(InvalidInputException.class, () -> new PageRequest(-1, 20))
                .fieldErrors().keySet().iterator().next());
    }
}
