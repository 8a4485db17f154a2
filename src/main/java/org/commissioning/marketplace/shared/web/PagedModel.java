package org.commissioning.marketplace.shared.web;

import org.commissioning.marketplace.shared.application.Page;
import org.commissioning.marketplace.shared.application.PageRequest;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A lazy PrimeFaces table model over a paged application-service query: only the visible page is
 * ever loaded. Filters live in the backing bean and are read by the query function.
 */
public class PagedModel<T> extends LazyDataModel<T> {
    private static final long serialVersionUID = 1L;

    /** A serialisable page query (backing beans are view-scoped and serialisable). */
    public interface Query<T> extends Function<PageRequest, Page<T>>, Serializable {
    }

    private final Query<T> query;
    private final Function<T, Object> key;

    public PagedModel(Query<T> query, SerializableKey<T> key) {
        this.query = query;
        this.key = key;
    }

    /** The row key, for selection. */
    public interface SerializableKey<T> extends Function<T, Object>, Serializable {
    }

    @Override
    public int count(Map<String, FilterMeta> filterBy) {
        return (int) Math.min(Integer.MAX_VALUE, query.apply(new PageRequest(0, 1)).total());
    }

    @Override
    public List<T> load(int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
        int size = Math.max(1, Math.min(pageSize, PageRequest.MAX_SIZE));
        Page<T> page = query.apply(new PageRequest(first / size, size));
        setRowCount((int) Math.min(Integer.MAX_VALUE, page.total()));
        return page.items();
    }

    @Override
    public String getRowKey(T row) {
        return String.valueOf(key.apply(row));
    }

    @Override
    public T getRowData(String rowKey) {
        List<T> rows = getWrappedData();
        return rows == null ? null : rows.stream().filter(r -> getRowKey(r).equals(rowKey)).findFirst().orElse(null);
    }
}
