/**
 * Generated from libvirt's domain schema by org.vdevstudio.generator. Do not edit.
 */
package org.vdevstudio.model.domain;

import org.eclipse.emf.ecore.EObject;

import org.eclipse.emf.ecore.util.FeatureMap;

/**
 * <!-- begin-user-doc -->
 * A representation of the model object '<em><b>Os Loader</b></em>'.
 * <!-- end-user-doc -->
 *
 * <p>
 * The following features are supported:
 * </p>
 * <ul>
 *   <li>{@link org.vdevstudio.model.domain.OsLoader#getValue <em>Value</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsLoader#getReadonly <em>Readonly</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsLoader#getSecure <em>Secure</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsLoader#getType <em>Type</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsLoader#getStateless <em>Stateless</em>}</li>
 *   <li>{@link org.vdevstudio.model.domain.OsLoader#getAnyAttribute <em>Any Attribute</em>}</li>
 * </ul>
 *
 * @see org.vdevstudio.model.domain.DomainPackage#getOsLoader()
 * @model extendedMetaData="name='OsLoader' kind='simple'"
 * @generated
 */
public interface OsLoader extends EObject {
	/**
	 * Returns the value of the '<em><b>Value</b></em>' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Value</em>' attribute.
	 * @see #setValue(String)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsLoader_Value()
	 * @model dataType="org.vdevstudio.model.domain.OsLoaderValue"
	 *        extendedMetaData="name=':0' kind='simple'"
	 * @generated
	 */
	String getValue();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsLoader#getValue <em>Value</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Value</em>' attribute.
	 * @see #getValue()
	 * @generated
	 */
	void setValue(String value);

	/**
	 * Returns the value of the '<em><b>Readonly</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirYesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Readonly</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetReadonly()
	 * @see #unsetReadonly()
	 * @see #setReadonly(VirYesNo)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsLoader_Readonly()
	 * @model unsettable="true"
	 *        extendedMetaData="name='readonly' kind='attribute'"
	 * @generated
	 */
	VirYesNo getReadonly();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsLoader#getReadonly <em>Readonly</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Readonly</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetReadonly()
	 * @see #unsetReadonly()
	 * @see #getReadonly()
	 * @generated
	 */
	void setReadonly(VirYesNo value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.OsLoader#getReadonly <em>Readonly</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetReadonly()
	 * @see #getReadonly()
	 * @see #setReadonly(VirYesNo)
	 * @generated
	 */
	void unsetReadonly();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.OsLoader#getReadonly <em>Readonly</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Readonly</em>' attribute is set.
	 * @see #unsetReadonly()
	 * @see #getReadonly()
	 * @see #setReadonly(VirYesNo)
	 * @generated
	 */
	boolean isSetReadonly();

	/**
	 * Returns the value of the '<em><b>Secure</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirYesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Secure</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetSecure()
	 * @see #unsetSecure()
	 * @see #setSecure(VirYesNo)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsLoader_Secure()
	 * @model unsettable="true"
	 *        extendedMetaData="name='secure' kind='attribute'"
	 * @generated
	 */
	VirYesNo getSecure();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsLoader#getSecure <em>Secure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Secure</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetSecure()
	 * @see #unsetSecure()
	 * @see #getSecure()
	 * @generated
	 */
	void setSecure(VirYesNo value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.OsLoader#getSecure <em>Secure</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetSecure()
	 * @see #getSecure()
	 * @see #setSecure(VirYesNo)
	 * @generated
	 */
	void unsetSecure();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.OsLoader#getSecure <em>Secure</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Secure</em>' attribute is set.
	 * @see #unsetSecure()
	 * @see #getSecure()
	 * @see #setSecure(VirYesNo)
	 * @generated
	 */
	boolean isSetSecure();

	/**
	 * Returns the value of the '<em><b>Type</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.OsLoaderType}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsLoaderType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #setType(OsLoaderType)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsLoader_Type()
	 * @model unsettable="true"
	 *        extendedMetaData="name='type' kind='attribute'"
	 * @generated
	 */
	OsLoaderType getType();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsLoader#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Type</em>' attribute.
	 * @see org.vdevstudio.model.domain.OsLoaderType
	 * @see #isSetType()
	 * @see #unsetType()
	 * @see #getType()
	 * @generated
	 */
	void setType(OsLoaderType value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.OsLoader#getType <em>Type</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetType()
	 * @see #getType()
	 * @see #setType(OsLoaderType)
	 * @generated
	 */
	void unsetType();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.OsLoader#getType <em>Type</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Type</em>' attribute is set.
	 * @see #unsetType()
	 * @see #getType()
	 * @see #setType(OsLoaderType)
	 * @generated
	 */
	boolean isSetType();

	/**
	 * Returns the value of the '<em><b>Stateless</b></em>' attribute.
	 * The literals are from the enumeration {@link org.vdevstudio.model.domain.VirYesNo}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Stateless</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetStateless()
	 * @see #unsetStateless()
	 * @see #setStateless(VirYesNo)
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsLoader_Stateless()
	 * @model unsettable="true"
	 *        extendedMetaData="name='stateless' kind='attribute'"
	 * @generated
	 */
	VirYesNo getStateless();

	/**
	 * Sets the value of the '{@link org.vdevstudio.model.domain.OsLoader#getStateless <em>Stateless</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @param value the new value of the '<em>Stateless</em>' attribute.
	 * @see org.vdevstudio.model.domain.VirYesNo
	 * @see #isSetStateless()
	 * @see #unsetStateless()
	 * @see #getStateless()
	 * @generated
	 */
	void setStateless(VirYesNo value);

	/**
	 * Unsets the value of the '{@link org.vdevstudio.model.domain.OsLoader#getStateless <em>Stateless</em>}' attribute.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @see #isSetStateless()
	 * @see #getStateless()
	 * @see #setStateless(VirYesNo)
	 * @generated
	 */
	void unsetStateless();

	/**
	 * Returns whether the value of the '{@link org.vdevstudio.model.domain.OsLoader#getStateless <em>Stateless</em>}' attribute is set.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return whether the value of the '<em>Stateless</em>' attribute is set.
	 * @see #unsetStateless()
	 * @see #getStateless()
	 * @see #setStateless(VirYesNo)
	 * @generated
	 */
	boolean isSetStateless();

	/**
	 * Returns the value of the '<em><b>Any Attribute</b></em>' attribute list.
	 * The list contents are of type {@link org.eclipse.emf.ecore.util.FeatureMap.Entry}.
	 * <!-- begin-user-doc -->
	 * <!-- end-user-doc -->
	 * @return the value of the '<em>Any Attribute</em>' attribute list.
	 * @see org.vdevstudio.model.domain.DomainPackage#getOsLoader_AnyAttribute()
	 * @model unique="false" dataType="org.eclipse.emf.ecore.EFeatureMapEntry" many="true"
	 *        extendedMetaData="name='' kind='attributeWildcard' wildcards='##any' processing='lax'"
	 * @generated
	 */
	FeatureMap getAnyAttribute();

} // OsLoader
