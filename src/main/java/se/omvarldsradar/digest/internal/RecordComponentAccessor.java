package se.omvarldsradar.digest.internal;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.HashMap;
import java.util.Map;

import org.springframework.expression.AccessException;
import org.springframework.expression.EvaluationContext;
import org.springframework.expression.PropertyAccessor;
import org.springframework.expression.TypedValue;

/**
 * Reads a record's components in the mail templates ({@code e.title}, {@code e.url}) through their accessor
 * methods, found once per record type. Spring EL's reflective accessor reads them the same way, but Thymeleaf
 * gives every rendered template a new one, which looked the methods up again (copying the class's method
 * table) for each entry of each digest. Only components are read here; anything else is left to the
 * reflective accessor behind this one.
 */
final class RecordComponentAccessor implements PropertyAccessor {
    private static final ClassValue<Map<String, Method>> COMPONENTS = new ClassValue<>() {
        @Override
        protected Map<String, Method> computeValue(Class<?> type) {
            if (!type.isRecord()) {
                return Map.of();
            }
            Map<String, Method> accessors = new HashMap<>();
            for (RecordComponent c : type.getRecordComponents()) {
                Method accessor = c.getAccessor();
                if (accessor.trySetAccessible()) {
                    accessors.put(c.getName(), accessor);
                }
            }
            return Map.copyOf(accessors);
        }
    };

    @Override
    public Class<?>[] getSpecificTargetClasses() {
        return new Class<?>[] {Record.class};
    }

    @Override
    public boolean canRead(EvaluationContext context, Object target, String name) {
        return target != null && COMPONENTS.get(target.getClass()).containsKey(name);
    }

    @Override
    public TypedValue read(EvaluationContext context, Object target, String name) throws AccessException {
        Method accessor = target == null ? null : COMPONENTS.get(target.getClass()).get(name);
        if (accessor == null) {
            throw new AccessException("no record component '" + name + "'");
        }
        try {
            return new TypedValue(accessor.invoke(target));
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new AccessException("reading record component '" + name + "' failed", e);
        }
    }

    @Override
    public boolean canWrite(EvaluationContext context, Object target, String name) {
        return false;
    }

    @Override
    public void write(EvaluationContext context, Object target, String name, Object newValue) throws AccessException {
        throw new AccessException("the mail templates do not write");
    }
}
