package retroshield.ui;

import java.util.function.BiFunction;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ChoiceBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Slider;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import retroshield.ui.crt.CrtProfile;
import retroshield.ui.crt.CrtSettings;
import retroshield.ui.crt.EffectSetting;
import retroshield.ui.crt.PhosphorColor;

/**
 * Settings of the CRT look: a profile (green P1, amber P3, white P4, VT220, seed, comfort, the
 * user's own), a switch and a strength for each effect, the phosphor colour, comfort mode, the
 * font and the terminal size; the current look can be saved as the user's profile and reset to
 * the default. Every change is applied at once and saved.
 */
public final class EffectsPane extends ScrollPane {

    private final AppViewModel model;
    private final GridPane grid = new GridPane();
    private int row;
    /** Label of the user's own profile in the profile choice. */
    static final String USER_PROFILE = "My profile";
    static final String CUSTOM = "Custom";

    /** Font choices (labels) and the action that picks a TrueType file. */
    public EffectsPane(AppViewModel model, Runnable chooseFontFile) {
        this.model = model;
        getStyleClass().add("side-pane");
        grid.setHgap(8);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));

        ChoiceBox<String> profile = new ChoiceBox<>();
        profile.setId("crt-profile");
        for (CrtProfile p : CrtProfile.values()) {
            profile.getItems().add(p.label());
        }
        profile.getItems().addAll(USER_PROFILE, CUSTOM);
        profile.setValue(profileLabel(model.settings()));
        profile.valueProperty().addListener((o, was, now) -> pickProfile(now));
        addRow("Profile", profile);
        Button save = new Button("Save as my profile");
        save.setId("crt-save-profile");
        save.setOnAction(e -> {
            model.updateSettings(s -> s.withUserCrt(s.crt()));
            model.saveSettingsSoon();
        });
        Button reset = new Button("Reset");
        reset.setId("crt-reset");
        reset.setOnAction(e -> changeCrt(c -> CrtSettings.defaults()));
        grid.add(new HBox(6, save, reset), 0, row++, 2, 1);

        effect("Scanlines", CrtSettings::scanlines, CrtSettings::withScanlines);
        effect("Glow", CrtSettings::glow, CrtSettings::withGlow);
        effect("Vignette", CrtSettings::vignette, CrtSettings::withVignette);
        effect("Chromatic aberration", CrtSettings::chromatic, CrtSettings::withChromatic);
        effect("Flicker", CrtSettings::flicker, CrtSettings::withFlicker);
        effect("Curvature", CrtSettings::curvature, CrtSettings::withCurvature);
        effect("Phosphor persistence", CrtSettings::persistence, CrtSettings::withPersistence);
        effect("Static noise", CrtSettings::noise, CrtSettings::withNoise);
        effect("Jitter and sync wobble", CrtSettings::jitter, CrtSettings::withJitter);
        effect("Aperture grille", CrtSettings::mask, CrtSettings::withMask);

        ChoiceBox<PhosphorColor> color = new ChoiceBox<>();
        color.getItems().setAll(PhosphorColor.values());
        color.setValue(model.settings().crt().color());
        color.valueProperty().addListener((o, was, now) -> changeCrt(c -> c.withColor(now)));
        addRow("Colour", color);

        CheckBox comfort = new CheckBox("Comfort mode (no flicker, softer)");
        comfort.setSelected(model.settings().crt().comfort());
        comfort.selectedProperty().addListener((o, was, now) -> changeCrt(c -> c.withComfort(now)));
        grid.add(comfort, 0, row++, 2, 1);

        ChoiceBox<String> font = new ChoiceBox<>();
        font.getItems().setAll(FontOptions.DOT_MATRIX_LABEL, FontOptions.GLASS_TTY_LABEL, FontOptions.FILE_LABEL);
        font.setValue(FontOptions.label(model.settings().font()));
        font.valueProperty().addListener((o, was, now) -> {
            if (FontOptions.FILE_LABEL.equals(now)) {
                chooseFontFile.run();
            } else {
                model.updateSettings(s -> s.withFont(FontOptions.key(now)));
                model.saveSettings();
            }
        });
        addRow("Font", font);

        ChoiceBox<String> size = new ChoiceBox<>();
        size.getItems().setAll("80 x 24", "80 x 25", "40 x 24");
        size.setValue(model.settings().columns() + " x " + model.settings().rows());
        size.valueProperty().addListener((o, was, now) -> {
            String[] parts = now.split(" x ");
            model.setTerminalSize(Integer.parseInt(parts[0]), Integer.parseInt(parts[1]));
            model.saveSettings();
        });
        addRow("Terminal", size);
        model.settingsProperty().addListener((o, was, now) -> {
            size.setValue(now.columns() + " x " + now.rows());
            comfort.setSelected(now.crt().comfort());
            color.setValue(now.crt().color());
            String p = profileLabel(now);
            if (!p.equals(profile.getValue())) {
                profile.setValue(p);
            }
        });

        VBox box = new VBox(grid);
        setContent(box);
        setFitToWidth(true);
    }

    private void effect(String name, Function<CrtSettings, EffectSetting> get,
                        BiFunction<CrtSettings, EffectSetting, CrtSettings> set) {
        EffectSetting now = get.apply(model.settings().crt());
        CheckBox on = new CheckBox(name);
        on.setSelected(now.enabled());
        Slider strength = new Slider(0, 1, now.strength());
        strength.setPrefWidth(80);
        on.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        strength.disableProperty().bind(on.selectedProperty().not());
        on.selectedProperty().addListener((o, was, v) ->
                changeCrt(c -> set.apply(c, get.apply(c).withEnabled(v))));
        strength.valueProperty().addListener((o, was, v) ->
                changeCrt(c -> set.apply(c, get.apply(c).withStrength(v.doubleValue()))));
        strength.valueChangingProperty().addListener((o, was, changing) -> {
            if (!changing) {
                model.saveSettings();
            }
        });
        grid.add(on, 0, row);
        grid.add(strength, 1, row++);
        // a profile or a reset changes the effect from outside: follow it
        model.settingsProperty().addListener((o, was, next) -> {
            EffectSetting e = get.apply(next.crt());
            if (on.isSelected() != e.enabled()) {
                on.setSelected(e.enabled());
            }
            if (Math.abs(strength.getValue() - e.strength()) > 1e-9) {
                strength.setValue(e.strength());
            }
        });
    }

    /** The profile the settings match ("My profile" for the user's own, else "Custom"). */
    static String profileLabel(AppSettings s) {
        CrtProfile p = CrtProfile.matching(s.crt());
        if (p != null) {
            return p.label();
        }
        return s.crt().equals(s.userCrt()) ? USER_PROFILE : CUSTOM;
    }

    private void pickProfile(String label) {
        if (label == null || CUSTOM.equals(label) || label.equals(profileLabel(model.settings()))) {
            return;
        }
        if (USER_PROFILE.equals(label)) {
            CrtSettings mine = model.settings().userCrt();
            if (mine != null) {
                changeCrt(c -> mine);
            } else {
                model.setNotice("No profile of your own yet: set the effects, then Save as my profile");
            }
            return;
        }
        for (CrtProfile p : CrtProfile.values()) {
            if (p.label().equals(label)) {
                changeCrt(c -> p.settings());
            }
        }
    }

    private void addRow(String label, javafx.scene.Node node) {
        grid.add(new Label(label), 0, row);
        grid.add(node, 1, row++);
    }

    private void changeCrt(java.util.function.UnaryOperator<CrtSettings> change) {
        model.updateSettings(s -> s.withCrt(change.apply(s.crt())));
        model.saveSettingsSoon();
    }
}
