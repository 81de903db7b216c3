package dev.assistcodegen.render;

import freemarker.template.Configuration;
import freemarker.template.DefaultObjectWrapper;
import freemarker.template.TemplateHashModel;
import freemarker.template.TemplateModel;
import freemarker.template.TemplateModelException;
import freemarker.template.Version;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

/**
 * Shows records (the views a template receives) to FreeMarker as hashes of
 * their components and nothing else: no methods, no bean introspection per access. The
 * generic bean wrapper looked up and invoked accessors reflectively on every {@code r.x}
 * (a third of a snippet's render time); strings, booleans and lists wrap as before.
 */
final class RecordWrapper extends DefaultObjectWrapper {
  /** Component accessors by name, once per record class. */
  private static final ClassValue<Map<String, Method>> ACCESSORS = new ClassValue<>() {
    @Override
    protected Map<String, Method> computeValue(Class<?> type) {
      Map<String, Method> accessors = new HashMap<>();
      for (RecordComponent c : type.getRecordComponents()) {
        Method m = c.getAccessor();
        m.setAccessible(true);
        accessors.put(c.getName(), m);
      }
      return Map.copyOf(accessors);
    }
  };

  RecordWrapper(Version version) {
    super(version);
    writeProtect();
  }

  static RecordWrapper of() {
    return new RecordWrapper(Configuration.VERSION_2_3_34);
  }

  @Override
  protected TemplateModel handleUnknownType(Object obj) throws TemplateModelException {
    if (obj instanceof Record record) {
      return new RecordModel(record, this);
    }
    return super.handleUnknownType(obj);
  }

  /** One record as a read-only hash of its components. */
  private static final class RecordModel implements TemplateHashModel {
    private final Record record;
    private final RecordWrapper wrapper;
    private final Map<String, Method> accessors;

    RecordModel(Record record, RecordWrapper wrapper) {
      this.record = record;
      this.wrapper = wrapper;
      this.accessors = ACCESSORS.get(record.getClass());
    }

    @Override
    public TemplateModel get(String key) throws TemplateModelException {
      Method accessor = accessors.get(key);
      if (accessor == null) {
        return null;
      }
      try {
        return wrapper.wrap(accessor.invoke(record));
      } catch (IllegalAccessException | InvocationTargetException e) {
        throw new TemplateModelException("cannot read " + key + " of " + record.getClass().getSimpleName(), e);
      }
    }

    @Override
    public boolean isEmpty() {
      return accessors.isEmpty();
    }
  }
}
