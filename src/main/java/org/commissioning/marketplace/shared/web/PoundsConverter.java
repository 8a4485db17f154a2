package org.commissioning.marketplace.shared.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.FacesConverter;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * Amounts as people type them: "£5,450", "5450", "5,450.50" and " 950 " all read as numbers; a
 * pound sign and thousands separators are allowed, anything else is refused with the field's own
 * converter message. Used for every decimal field (by type) and by id "pounds" where a field's type
 * is not known to the page (a map's values).
 */
@FacesConverter(value = "pounds", forClass = BigDecimal.class)
public class PoundsConverter implements Converter<BigDecimal> {

    private static final Pattern AMOUNT = Pattern.compile("-?(\\d{1,3}(,\\d{3})+|\\d+)(\\.\\d+)?|-?\\.\\d+");

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip().replaceFirst("^£\\s*", "");
        if (!AMOUNT.matcher(text).matches()) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR,
                    "Enter an amount like 950.00.", "Enter an amount like 950.00."));
        }
        return new BigDecimal(text.replace(",", ""));
    }

    /** Read parsing without a page, for tests and other callers. */
    public static BigDecimal parse(String value) {
        return new PoundsConverter().getAsObject(null, null, value);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }
}
