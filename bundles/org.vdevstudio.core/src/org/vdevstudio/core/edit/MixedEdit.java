package org.vdevstudio.core.edit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.command.AbstractCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * Replaces a run of entries of an element's mixed content (child elements and the whitespace
 * between them) with other entries, undoably. EMF's own commands on single-valued element
 * features append at the end without indentation; this one puts children where the XML wants them.
 */
public final class MixedEdit extends AbstractCommand {

    private final EObject owner;
    private final FeatureMap map;
    private final int index;
    private final int removeCount;
    private final List<FeatureMap.Entry> inserted;
    private List<FeatureMap.Entry> removed = List.of();

    public MixedEdit(String label, EObject owner, FeatureMap map, int index, int removeCount, List<FeatureMap.Entry> inserted) {
        super(label);
        this.owner = owner;
        this.map = map;
        this.index = index;
        this.removeCount = removeCount;
        this.inserted = List.copyOf(inserted);
    }

    @Override
    protected boolean prepare() {
        return index >= 0 && removeCount >= 0 && index + removeCount <= map.size();
    }

    @Override
    public void execute() {
        removed = new ArrayList<>(map.subList(index, index + removeCount));
        for (int i = 0; i < removeCount; i++) {
            map.remove(index);
        }
        map.addAll(index, inserted);
    }

    @Override
    public void undo() {
        for (int i = 0; i < inserted.size(); i++) {
            map.remove(index);
        }
        map.addAll(index, removed);
    }

    @Override
    public void redo() {
        execute();
    }

    @Override
    public Collection<?> getAffectedObjects() {
        for (FeatureMap.Entry e : inserted) {
            if (e.getValue() instanceof EObject child) {
                return List.of(child);
            }
        }
        return List.of(owner);
    }
}
